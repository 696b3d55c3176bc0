// Reads a .cpuprofile (V8 sampling profile) and says where the time went: by package or file
// (self time), by function (self time), and by function including what it calls (each sample
// counted once per function on its stack, so recursion does not double count).
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** node_modules/<package>, the app bundle, node internals, or V8's own buckets. */
export function ownerOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native / V8 builtins)';
  if (url.startsWith('node:')) return 'node: internals';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  const dist = /dist\/apps\/([^/]+)\//.exec(url);
  if (dist) return `pathwise ${dist[1]} bundle`;
  return url.replace(/^file:\/\//, '').replace(/^.*\/work\/[^/]+\//, '');
}

function label(frame: CallFrame): string {
  const file = frame.url ? frame.url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*\/work\/[^/]+\//, '') : '';
  return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
}

export function summariseProfile(file: string, top = 20): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = Math.max(0, profile.timeDeltas[i] ?? 0);
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const idle = [...self.entries()].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)').reduce((sum, [, dt]) => sum + dt, 0);
  const busy = total - idle;

  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, dt] of self) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    if (frame.functionName === '(idle)') continue;
    byOwner.set(ownerOf(frame), (byOwner.get(ownerOf(frame)) ?? 0) + dt);
    byFunction.set(label(frame), (byFunction.get(label(frame)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label((byId.get(at) as ProfileNode).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  }
  const pct = (us: number) => `${((us / busy) * 100).toFixed(1).padStart(5)} %`;
  const list = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => `  ${pct(us)}  ${name}`);
  const interesting = new Map([...inclusive.entries()].filter(([name]) => !/^\((root|program)\)|^(processTicksAndRejections|listOnTimeout|processTimers|emit|runMicrotasks)\b/.test(name)));
  return [
    `profile ${file}: ${(total / 1e6).toFixed(1)} s sampled, ${((busy / total) * 100).toFixed(0)} % busy (shares below are of busy time)`,
    'self time by package / file:',
    ...list(byOwner, top),
    'self time by function:',
    ...list(byFunction, top),
    'total time (self + callees) by function:',
    ...list(interesting, top + 10),
  ];
}

if (require.main === module) {
  for (const line of summariseProfile(process.argv[2], Number(process.argv[3] ?? 20))) console.log(line);
}
