// Offsets <-> line/character. Line breaks are those of LSP: \r\n, \n and \r. A form feed is
// not a line break (it stays inside its line), so our positions agree with every LSP client.

export interface LineCharacter {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 code unit offset within the line. */
  readonly character: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];

  /** `lineStarts`, when given, are the text's line starts as this constructor would find them (scanLines). */
  constructor(
    private readonly text: string,
    lineStarts?: readonly number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    // indexOf skips a line's characters natively; most texts break lines with \n alone.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr < 0 || (lf >= 0 && lf < cr)) {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      } else {
        const end = text.charCodeAt(cr + 1) === 10 /* \r\n */ ? cr + 2 : cr + 1;
        starts.push(end);
        if (lf >= 0 && lf < end) lf = text.indexOf('\n', end);
        cr = text.indexOf('\r', cr + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): LineCharacter {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: LineCharacter): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineContentEnd(position.line));
  }

  /** End of the line's content, before its line break. */
  lineContentEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
