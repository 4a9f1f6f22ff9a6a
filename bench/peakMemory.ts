// The process's peak resident memory, shared by the bench's child processes.

import { readFileSync } from 'node:fs';

/** The kernel's high-water mark of resident memory (VmHWM), else the process's maxRSS. */
export function peakRss(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}
