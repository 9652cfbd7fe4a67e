// SYNTHETIC: invented actions for the demo. Teams are made-up team names, never people.
import type { NewAction } from "../publications/action-input";
import { addDays } from "./demo-window";

type DemoAction = Omit<NewAction, "startOn" | "dueOn" | "doneOn"> & {
  /** Days from the demo's last day: negative is in the past. */
  start: number;
  due: number | null;
  done?: number;
  notes?: string[];
};

// Due dates are set against the demo's last day so the board report shows each RAG colour:
// overdue (red), due soon and not started (amber), on track (green) and done.
const ACTIONS: DemoAction[] = [
  {
    title: "Brighter lighting on the paths through the park",
    description:
      "New LED lighting along the two main paths through the park and by the skate ramps, agreed after children said the park feels unsafe after dark.",
    childSummary: "We are putting brighter lights in the park so it feels safer when it gets dark.",
    agency: "council",
    owningTeam: "Parks and Open Spaces",
    status: "in-progress",
    themes: ["unsafe-parks-open-spaces", "transport-after-dark"],
    outcomes: ["prevent.early", "prepare.systems"],
    start: -80,
    due: 45,
    notes: ["Lighting survey done; columns ordered for the two main paths."],
    translations: {
      pl: {
        title: "Jaśniejsze oświetlenie alejek w parku",
        childSummary: "Montujemy jaśniejsze lampy w parku, żeby po zmroku było bezpieczniej.",
      },
      ro: {
        title: "Iluminat mai puternic pe aleile din parc",
        childSummary: "Punem lumini mai puternice în parc, ca să te simți mai în siguranță când se întunecă.",
      },
      lt: {
        title: "Ryškesnis apšvietimas parko takuose",
        childSummary: "Parke statome ryškesnius žibintus, kad sutemus būtų saugiau.",
      },
      lv: {
        title: "Spožāks apgaismojums parka celiņos",
        childSummary: "Mēs parkā liekam spožākas lampas, lai pēc tumsas iestāšanās būtu drošāk.",
      },
      bn: {
        title: "পার্কের পথে আরও উজ্জ্বল আলো",
        childSummary: "অন্ধকারে যেন নিরাপদ লাগে, তাই আমরা পার্কে আরও উজ্জ্বল আলো বসাচ্ছি।",
      },
    },
  },
  {
    title: "Walking groups on the way to school",
    description:
      "Volunteer-led walking groups on three routes to the primary schools, with a crossing patrol back at the main road.",
    childSummary: "Grown-ups now walk with groups of children to school on three routes.",
    agency: "education",
    owningTeam: "School Travel Team",
    status: "done",
    themes: ["safer-routes-to-school"],
    outcomes: ["prevent.early"],
    start: -150,
    due: -70,
    done: -75,
    translations: {},
  },
  {
    title: "Neighbourhood officers at the bus station on Friday evenings",
    description:
      "Two neighbourhood officers at the bus station between 6pm and 10pm on Fridays, with youth workers alongside, after young people described trouble there.",
    childSummary: "Police officers and youth workers will be at the bus station on Friday evenings.",
    agency: "police",
    owningTeam: "Town Centre Neighbourhood Policing Team",
    status: "in-progress",
    themes: ["transport-after-dark", "police-and-trust"],
    outcomes: ["pursue.offending", "prevent.early"],
    start: -60,
    due: -10,
    translations: {},
  },
  {
    title: "Youth club open three evenings a week",
    description: "The youth club now opens on Tuesday, Thursday and Friday evenings, free, with food.",
    childSummary: "The youth club is now open three evenings a week, and it is free.",
    agency: "voluntary-sector",
    owningTeam: "Youth Club Partnership",
    status: "done",
    themes: ["youth-clubs-things-to-do"],
    outcomes: ["prevent.resilience"],
    start: -200,
    due: -110,
    done: -105,
    translations: {
      pl: {
        title: "Klub młodzieżowy otwarty trzy wieczory w tygodniu",
        childSummary: "Klub młodzieżowy jest teraz otwarty trzy wieczory w tygodniu i jest darmowy.",
      },
    },
  },
  {
    title: "Drop-in for young people at the health centre",
    description:
      "A weekly drop-in with a school nurse and a youth worker, no appointment needed, for worries about relationships, online pressure or exploitation.",
    childSummary: "A place at the health centre where young people can just turn up and talk.",
    agency: "health",
    owningTeam: "School Nursing Service",
    status: "planned",
    themes: ["trusted-adults", "online-grooming-sextortion"],
    outcomes: ["protect.victims", "prevent.early"],
    start: -20,
    due: 10,
    translations: {},
  },
  {
    title: "Online safety sessions for parents in six languages",
    description:
      "Evening sessions for parents and carers on grooming, sextortion and gaming chat, run in English, Polish, Romanian, Lithuanian, Latvian and Bengali.",
    childSummary: "We are helping parents learn how to keep you safe online, in their own language.",
    agency: "partnership",
    owningTeam: "Safeguarding Partnership Business Unit",
    status: "in-progress",
    themes: ["online-grooming-sextortion"],
    outcomes: ["prepare.awareness"],
    start: -90,
    due: 60,
    notes: ["Polish and Romanian sessions held; Bengali session booked at the community centre."],
    translations: {},
  },
  {
    title: "Detached youth workers in the town centre over summer",
    description: "Youth workers out in the town centre and the park on summer evenings.",
    childSummary: "Youth workers were out in town and the park on summer evenings to help.",
    agency: "council",
    owningTeam: "Youth Service",
    status: "done",
    themes: ["youth-clubs-things-to-do", "trusted-adults"],
    outcomes: ["prevent.resilience", "prevent.early"],
    start: -180,
    due: -90,
    done: -85,
    translations: {},
  },
  {
    title: "Talks on knife crime in every secondary school",
    description:
      "Talks by the violence reduction team and a youth worker with lived experience in every secondary school this year.",
    childSummary: "Every secondary school will have a talk about knife crime and staying safe.",
    agency: "police",
    owningTeam: "Violence Reduction Unit",
    status: "planned",
    themes: ["knife-crime-weapons"],
    outcomes: ["prevent.early", "protect.perpetrators"],
    start: 20,
    due: 120,
    translations: {},
  },
  {
    title: "A trusted adult for every pupil in secondary schools",
    description:
      "Every pupil can name an adult in school they would talk to; staff trained in responding to disclosures of exploitation.",
    childSummary: "Every pupil will have a grown-up in school they can talk to.",
    agency: "education",
    owningTeam: "Inclusion and Attendance Team",
    status: "in-progress",
    themes: ["trusted-adults", "bullying-peer-violence"],
    outcomes: ["prevent.resilience", "prepare.awareness"],
    start: -120,
    due: -3,
    translations: {},
  },
  {
    title: "One number for parents to call when worried",
    description: "A single number, answered in office hours, for parents worried about exploitation.",
    childSummary: "Parents will have one phone number to call if they are worried about you.",
    agency: "partnership",
    owningTeam: "Front Door Service",
    status: "planned",
    themes: ["help-that-worked"],
    outcomes: ["prepare.systems", "protect.victims"],
    start: -10,
    due: 7,
    translations: {},
  },
  {
    title: "Peer mentors for young people leaving care",
    description:
      "Care leavers trained as peer mentors for young people turning 18, so support does not stop.",
    childSummary: "Young people who have left care will help others who are turning 18.",
    agency: "voluntary-sector",
    owningTeam: "Leaving Care Partnership",
    status: "in-progress",
    themes: ["help-that-worked", "trusted-adults"],
    outcomes: ["protect.victims"],
    start: -40,
    due: 90,
    translations: {},
  },
];

/** The demo's actions with real dates, ready for `newActionSchema`, and their progress notes. */
export function demoActions(lastDay: string): { action: NewAction; notes: string[] }[] {
  return ACTIONS.map(({ start, due, done, notes = [], ...rest }) => ({
    action: {
      ...rest,
      startOn: addDays(lastDay, start),
      dueOn: due === null ? null : addDays(lastDay, due),
      doneOn: done === undefined ? null : addDays(lastDay, done),
    },
    notes,
  }));
}
