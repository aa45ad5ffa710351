// Preloaded by the API bench into each server process it starts (`node --require …/process-probe.cjs`),
// so that nothing in apps/api changes: answers the bench's IPC message `{ type: 'bench-probe' }` with the
// process's CPU time, main-thread GC pauses (perf_hooks 'gc' entries), event-loop utilisation and
// monotonic time. The IPC channel is unref'd: it never keeps the server alive.
'use strict';
const { PerformanceObserver, performance, constants } = require('node:perf_hooks');

const gc = { count: 0, ms: 0, minorMs: 0, majorMs: 0, otherMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.ms += entry.duration;
    const kind = entry.detail ? entry.detail.kind : undefined;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gc.minorMs += entry.duration;
    else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.majorMs += entry.duration;
    else gc.otherMs += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

if (typeof process.send === 'function') {
  process.on('message', (message) => {
    if (!message || message.type !== 'bench-probe') return;
    const cpu = process.cpuUsage();
    process.send({
      type: 'bench-probe',
      id: message.id,
      cpuUserUs: cpu.user,
      cpuSystemUs: cpu.system,
      gc: { ...gc },
      elu: performance.eventLoopUtilization(),
      monotonicUs: Number(process.hrtime.bigint() / 1000n),
      heapUsed: process.memoryUsage().heapUsed,
    });
  });
  if (process.channel) process.channel.unref();
}
