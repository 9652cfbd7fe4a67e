-- A starter codebook for the Risk Outside the Home strategy, so coding can begin on day one. Officers
-- edit or retire these like any theme; every outcome and harm id is one in surveys/framework.json
-- (server/routes/workspace/coding/themes.test.ts checks that).
INSERT INTO `themes` (`id`, `label`, `description`, `outcomes`, `harms`) VALUES
('unsafe-parks-open-spaces', 'Feeling unsafe in parks and open spaces', 'Parks, playing fields, woods and other open spaces where children and young people say they do not feel safe.', '["prevent.early","prepare.awareness"]', '["serious-youth-violence","cce"]'),
('safer-routes-to-school', 'Safer routes to school', 'The journey to and from school: streets, buses, crossings and the people met on the way.', '["prevent.early","prepare.systems"]', '["serious-youth-violence","bullying"]'),
('trusted-adults', 'Trusted adults to talk to', 'Having, or not having, an adult to tell: at home, at school, in a club or a service.', '["prevent.resilience","protect.victims","prepare.voice"]', '["cse","relationship-abuse","child-on-child-sexual-harm"]'),
('online-grooming-sextortion', 'Online grooming and sextortion', 'Strangers or older people online asking for pictures, meeting up, or threatening to share images.', '["prepare.awareness","protect.victims","pursue.offending"]', '["online-abuse","cse"]'),
('knife-crime-weapons', 'Knife crime and weapons', 'Carrying, seeing or fearing knives and other weapons.', '["prevent.early","protect.perpetrators","pursue.offending"]', '["serious-youth-violence"]'),
('drugs-county-lines', 'Drugs and county lines', 'Being asked to hold, move or sell drugs or money; debts; being sent to other towns.', '["prevent.early","protect.victims","pursue.offending"]', '["cce","trafficking","modern-slavery"]'),
('youth-clubs-things-to-do', 'Youth clubs and things to do', 'Places to go and things to do: clubs, sport, activities, and what happens when there are none.', '["prevent.resilience"]', '["serious-youth-violence","cce"]'),
('police-and-trust', 'Police and trust', 'Experiences of the police, and whether young people and families trust them to help.', '["pursue.offending","prepare.systems"]', '["serious-youth-violence","cce"]'),
('transport-after-dark', 'Transport and travel after dark', 'Buses, stations, taxis and walking home in the evening or at night.', '["prevent.early","prepare.systems"]', '["cse","serious-youth-violence"]'),
('racism-discrimination', 'Racism and discrimination', 'Being treated unfairly or targeted because of race, religion, disability, sexuality or gender.', '["prepare.awareness","prevent.resilience"]', '["bullying","radicalisation"]'),
('bullying-peer-violence', 'Bullying and peer violence', 'Bullying, fights and sexual harassment between children and young people, in person or online.', '["prevent.early","protect.victims"]', '["bullying","child-on-child-sexual-harm","serious-youth-violence"]'),
('help-that-worked', 'Help that worked', 'Support that made a difference: who helped, how, and what made it easy to ask.', '["protect.victims","prepare.voice"]', '["trafficking","modern-slavery"]');
