// The workspace index's walks in the editor's status bar, as LSP work-done progress: begun
// when a walk starts, reported now and then, ended when the index has caught up. Clients that
// do not declare window.workDoneProgress get nothing: the connection then hands out a reporter
// that sends nothing, and no window/workDoneProgress/create is asked.

import type { WorkDoneProgressReporter } from 'vscode-languageserver';
import type { Messages } from './l10n';
import type { IndexProgress } from './workspace/workspaceIndex';

export class IndexProgressReporter {
  /**
   * The reporter of the walk under way. A walk's begin, reports and done are chained on it, so
   * they go out in order even when the walk ends before the client has answered
   * window/workDoneProgress/create; and a walk begins only after the one before it ended.
   */
  private current: Promise<WorkDoneProgressReporter | null> | null = null;
  private ended: Promise<void> = Promise.resolve();

  constructor(
    private readonly create: () => Promise<WorkDoneProgressReporter>,
    private readonly messages: () => Messages,
  ) {}

  update(progress: IndexProgress): void {
    if (progress.done) {
      if (this.current) this.ended = this.current.then((reporter) => reporter?.done());
      this.current = null;
      return;
    }
    const messages = this.messages();
    const message = messages.t('progress.index.files', progress.indexed, progress.indexed + progress.pending);
    if (this.current) {
      void this.current.then((reporter) => reporter?.report(message));
      return;
    }
    this.current = this.ended.then(() => this.create()).then(
      (reporter) => {
        reporter.begin(messages.t('progress.index.title'), undefined, message);
        return reporter;
      },
      // A client that refuses the token sees no progress; indexing goes on all the same.
      () => null,
    );
  }
}
