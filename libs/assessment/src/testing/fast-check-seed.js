// Property tests explore new random cases on every local run; CI pins FC_SEED so its gate is reproducible.
// A failure prints the seed and path to replay it.
if (process.env.FC_SEED) require('fast-check').configureGlobal({ seed: Number(process.env.FC_SEED) });
