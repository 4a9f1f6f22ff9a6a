// Loaded into the server some benches start (node --expose-gc --require heapProbe.js
// dist/server.js), so they can ask the server itself, over the IPC channel, what it costs:
// "cpu" answers the CPU time it has used; "memory" answers its resident set, then collects
// garbage fully and answers the heap that is left. The server's code is not changed for it.

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message) => {
  if (!process.send) return;
  const usage = process.cpuUsage();
  const cpuMs = (usage.user + usage.system) / 1000;
  if (message === 'cpu') {
    process.send({ cpuMs });
  } else if (message === 'memory') {
    const rss = process.memoryUsage().rss;
    gc?.();
    gc?.();
    const after = process.memoryUsage();
    process.send({ cpuMs, rss, heapUsedAfterGc: after.heapUsed, rssAfterGc: after.rss });
  }
});
// Listening refs the channel; the server still exits when its client says so.
process.channel?.unref();
