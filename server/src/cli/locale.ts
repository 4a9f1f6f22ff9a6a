// The user's language as the environment says it (LC_ALL, LC_MESSAGES, LANG), for messages.

export function envLocale(env: NodeJS.ProcessEnv = process.env): string {
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').replace('_', '-');
}
