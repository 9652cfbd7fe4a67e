import type { ActionStatus } from "../../../domain/publications/publication-content";

// Small pictures for the children's version. Decorative: the words beside them carry the meaning,
// so they are hidden from screen readers. Drawn inline, so no image is fetched from anywhere.

/** A speech bubble with a question mark: "we asked you". */
export function AskedPicture() {
  return (
    <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false" class="ysd-picture">
      <path
        d="M6 8h36a4 4 0 0 1 4 4v18a4 4 0 0 1-4 4H20l-10 8v-8H6a4 4 0 0 1-4-4V12a4 4 0 0 1 4-4z"
        fill="#2b8cc4"
      />
      <text x="24" y="29" text-anchor="middle" font-size="20" font-weight="700" fill="#fff">
        ?
      </text>
    </svg>
  );
}

/** Two speech bubbles: "you told us". */
export function SaidPicture() {
  return (
    <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false" class="ysd-picture">
      <path
        d="M4 6h26a3 3 0 0 1 3 3v13a3 3 0 0 1-3 3H14l-7 6v-6H4a3 3 0 0 1-3-3V9a3 3 0 0 1 3-3z"
        fill="#f0a30a"
      />
      <path
        d="M18 20h26a3 3 0 0 1 3 3v13a3 3 0 0 1-3 3h-3v6l-7-6H18a3 3 0 0 1-3-3V23a3 3 0 0 1 3-3z"
        fill="#28a197"
      />
    </svg>
  );
}

/** A star: "what we are doing". */
export function DidPicture() {
  return (
    <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false" class="ysd-picture">
      <path
        d="M24 3l6.2 13.3 14.5 1.7-10.7 9.9 2.9 14.4L24 35l-12.9 7.3 2.9-14.4L3.3 18l14.5-1.7z"
        fill="#912b88"
      />
    </svg>
  );
}

/** A picture for each status: a seed (coming soon), an arrow (happening now), a tick (done). */
export function StatusPicture({ status }: { status: ActionStatus }) {
  if (status === "done") {
    return (
      <svg
        viewBox="0 0 48 48"
        width="32"
        height="32"
        aria-hidden="true"
        focusable="false"
        class="ysd-picture ysd-picture--small"
      >
        <circle cx="24" cy="24" r="21" fill="#0f7a52" />
        <path d="M13 25l7 7 15-16" stroke="#fff" stroke-width="5" fill="none" stroke-linecap="round" />
      </svg>
    );
  }
  if (status === "in-progress") {
    return (
      <svg
        viewBox="0 0 48 48"
        width="32"
        height="32"
        aria-hidden="true"
        focusable="false"
        class="ysd-picture ysd-picture--small"
      >
        <circle cx="24" cy="24" r="21" fill="#1d4f91" />
        <path d="M12 24h20m-8-9l9 9-9 9" stroke="#fff" stroke-width="5" fill="none" stroke-linecap="round" />
      </svg>
    );
  }
  return (
    <svg
      viewBox="0 0 48 48"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
      class="ysd-picture ysd-picture--small"
    >
      <circle cx="24" cy="24" r="21" fill="#505a5f" />
      <path
        d="M24 36V22m0 0c0-6 5-9 10-9 0 6-4 9-10 9zm0 4c0-5-4-8-9-8 0 5 4 8 9 8z"
        stroke="#fff"
        stroke-width="3"
        fill="#fff"
      />
    </svg>
  );
}
