// Keystrokes at places a user might type, drawn by a seeded generator: the same seed gives the
// same edits on every run and machine, so figures compare. The text is tracked line by line,
// so each edit is an LSP change at a valid position of the current version.

import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { seededRandom } from '../test/seededRandom';


const ITEM_HEADING = /^Punkt \d+: ?/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';

export class Typist {
  private readonly lines: string[];
  /** Lines that are item headings ("Punkt N: title"); one-letter insertions keep them so. */
  private readonly headingLines: number[] = [];
  private readonly random: () => number;

  constructor(text: string, seed: number) {
    // Line breaks as LSP counts them; the bench inputs use \n only.
    this.lines = text.split('\n');
    this.random = seededRandom(seed);
    this.lines.forEach((l, i) => ITEM_HEADING.test(l) && this.headingLines.push(i));
  }

  /** One letter typed at a random line and a random column of it. */
  anywhere(): TextDocumentContentChangeEvent {
    const line = Math.floor(this.random() * this.lines.length);
    return this.insert(line, Math.floor(this.random() * (this.lines[line].length + 1)));
  }

  /** One letter typed in the title of a random item (after "Punkt N: "). */
  inTitle(): TextDocumentContentChangeEvent {
    // A letter typed before "Punkt" (by anywhere()) leaves a line that is no heading any more.
    let line: number;
    let heading: RegExpExecArray | null;
    do {
      line = this.headingLines[Math.floor(this.random() * this.headingLines.length)];
      heading = ITEM_HEADING.exec(this.lines[line]);
    } while (!heading);
    const titleStart = heading[0].length;
    const titleLength = this.lines[line].length - titleStart;
    return this.insert(line, titleStart + Math.floor(this.random() * (titleLength + 1)));
  }

  private insert(line: number, character: number): TextDocumentContentChangeEvent {
    const letter = LETTERS[Math.floor(this.random() * LETTERS.length)];
    const text = this.lines[line];
    this.lines[line] = text.slice(0, character) + letter + text.slice(character);
    const at = { line, character };
    return { range: { start: at, end: at }, text: letter };
  }
}
