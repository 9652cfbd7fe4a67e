import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** One field-level problem, named by the field (or question id) a person has to fix. */
export type Issue = { path: string; message: string };

/** The one error shape every API answer uses: `{ error: { code, message, issues? } }`. */
export type ErrorBody = { error: { code: string; message: string; issues?: Issue[] } };

/** An HTTPException that carries our error body, so the one error handler can render it. */
export class Problem extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(status, { message });
  }

  /** The JSON body for this problem. */
  body(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) },
    };
  }
}
