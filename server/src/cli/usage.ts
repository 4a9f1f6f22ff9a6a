// Bad usage of the command line: one line on stderr and exit code 2, like unreadable input.

export class UsageError extends Error {}
