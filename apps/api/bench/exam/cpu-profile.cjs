// Preloaded (`node -r`) into the API or worker when BENCH_PROFILE names it: the first SIGWINCH starts
// the V8 sampling profiler, the second writes the profile to BENCH_PROFILE_FILE (a .cpuprofile that
// Chrome DevTools opens). SIGWINCH because Nest's shutdown hooks take SIGUSR2, and SIGUSR1 is Node's
// inspector; without a terminal nothing else uses it, and its default action is to be ignored.
// `--cpu-prof` would cover the whole life of the process and is written only on a normal exit, which
// Nest's signal handling does not give; this covers one phase exactly.
'use strict';
const inspector = require('node:inspector');
const { renameSync, writeFileSync } = require('node:fs');

const file = process.env.BENCH_PROFILE_FILE;
const session = new inspector.Session();
session.connect();
let running = false;

process.on('SIGWINCH', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
    return;
  }
  running = false;
  session.post('Profiler.stop', (error, result) => {
    if (error) {
      console.error('cpu-profile:', error);
      return;
    }
    // Where the resident memory is at the end of the phase: V8's heap spaces versus the rest (buffers,
    // native); then the heap again after a full collection, which tells live data from garbage.
    const memory = { ...process.memoryUsage(), spaces: require('node:v8').getHeapSpaceStatistics() };
    session.post('HeapProfiler.collectGarbage', () => {
      memory.afterGc = process.memoryUsage();
      writeFileSync(`${file}.memory.json`, JSON.stringify(memory));
      writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
      renameSync(`${file}.tmp`, file);
    });
  });
});
