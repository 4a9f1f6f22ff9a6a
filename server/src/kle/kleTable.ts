// The KLE emne titles (data/kle/kle-emner.tsv, OS2KLE, MPL-2.0) as a lookup. Pure: the server
// reads the file and hands the text here, so tests and the CLI can build one from the repo.
// The table has emner only, no handlingsfacetter: facet titles are never made up.

/** The OS2KLE version the shipped table comes from (see data/kle/README.md). */
export const KLE_VERSION = '3.23';

export interface KleEmne {
  readonly number: string;
  readonly title: string;
}

export class KleTable {
  private readonly titles = new Map<string, string>();

  /** `tsv`: one `KLE-nummer<TAB>titel` row per line; malformed rows are skipped. */
  constructor(
    tsv: string,
    readonly version: string = KLE_VERSION,
  ) {
    for (const line of tsv.split(/\r\n|\n|\r/)) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const number = line.slice(0, tab).trim();
      const title = line.slice(tab + 1).trim();
      if (/^\d{2}(\.\d{2}){0,2}$/.test(number) && title) this.titles.set(number, title);
    }
  }

  static readonly empty = new KleTable('');

  get size(): number {
    return this.titles.size;
  }

  /** The emne "00.30.14", or null when this KLE version does not know it. */
  emne(number: string): KleEmne | null {
    const title = this.titles.get(number);
    return title === undefined ? null : { number, title };
  }

  /** The main group (hovedgruppe) of an emne: its first two digits, titled by row NN.00.00. */
  mainGroup(emne: string): { readonly number: string; readonly title: string | null } {
    const number = emne.slice(0, 2);
    return { number, title: this.titles.get(`${number}.00.00`) ?? null };
  }
}
