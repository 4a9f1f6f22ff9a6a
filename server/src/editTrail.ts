// The edits of each document since a version, composed into one offset edit. The document
// cache follows them from the version it parsed last (to re-parse one item), the diagnostics
// from the version they published last (to carry unchanged diagnostics over). A change that
// replaced the whole text, or a version skipped, ends what is known: null.

import { composeEdits, type TextEdit } from './parser';

interface Trail {
  readonly from: number;
  to: number;
  /** undefined: no change yet (to === from); null: not one edit. */
  edit: TextEdit | null | undefined;
}

export class EditTrail {
  private readonly trails = new Map<string, Trail>();

  /** Follow `uri`'s edits from `version` on (what was known before is dropped). */
  start(uri: string, version: number): void {
    this.trails.set(uri, { from: version, to: version, edit: undefined });
  }

  /** The editor changed `uri` from version `from` to `to` by `edit` (offsets in the text of `from`), or replaced it (null). */
  edited(uri: string, from: number, to: number, edit: TextEdit | null): void {
    const trail = this.trails.get(uri);
    if (!trail) return;
    if (trail.to !== from) {
      this.trails.delete(uri);
      return;
    }
    trail.to = to;
    trail.edit = trail.edit === undefined ? edit : trail.edit && edit && composeEdits(trail.edit, edit);
  }

  /** The one edit that made version `to` of `uri` from version `from`; null when that is not known or not one edit. */
  between(uri: string, from: number, to: number): TextEdit | null {
    const trail = this.trails.get(uri);
    return trail && trail.from === from && trail.to === to && to !== from ? (trail.edit ?? null) : null;
  }

  forget(uri: string): void {
    this.trails.delete(uri);
  }
}
