/** Ctrl-C and SIGTERM outside a pool's run loop (cli/interrupt.ts): exit 130 with a word, never 143 in silence. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const url = (f: string) => pathToFileURL(join(process.cwd(), f)).href;

/** Runs `body` in a process that installed the command line's handler, and returns how it ended. */
function withHandler(body: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'firebreak-signal-')), 'script.mts');
  writeFileSync(file, `import { sayOnInterrupt, stopCleanlyOnSignals } from '${url('cli/interrupt.ts')}';\nimport { countListeningPool } from '${url('analysis/batch/pool-listening.ts')}';\nstopCleanlyOnSignals();\n${body}\n`);
  return spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 30_000 });
}

describe('signals outside the run loop', () => {
  it('end the command with 130 and say that nothing finished is lost', () => {
    const r = withHandler("process.kill(process.pid, 'SIGTERM');\nsetTimeout(() => console.log('still running'), 2000);");
    expect(r.status).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/interrupted \(SIGTERM\): no finished run is lost; run the same command again to finish/);
  });

  it('say what a command without a results folder does not keep, and let its exit hooks clean up', () => {
    const folder = mkdtempSync(join(tmpdir(), 'firebreak-compare-'));
    const r = withHandler(
      `import { rmSync } from 'node:fs';\nprocess.on('exit', () => rmSync(${JSON.stringify(folder)}, { recursive: true, force: true }));\nsayOnInterrupt('the comparison was not kept (no --out); run the same command again');\nprocess.kill(process.pid, 'SIGINT');\nsetTimeout(() => console.log('still running'), 2000);`,
    );
    expect(r.status).toBe(130);
    expect(r.stderr).toMatch(/interrupted \(SIGINT\): the comparison was not kept \(no --out\); run the same command again/);
    expect(existsSync(folder)).toBe(false);
  });

  it('leave the first signal during the runs to the pool, and stop at once on a second', () => {
    const r = withHandler(
      "countListeningPool(1);\nprocess.kill(process.pid, 'SIGINT');\nsetTimeout(() => { console.log('after the first'); process.kill(process.pid, 'SIGINT'); }, 200);\nsetTimeout(() => console.log('still running'), 3000);",
    );
    expect(r.stdout).toBe('after the first\n');
    expect(r.status).toBe(130);
    expect(r.stderr).toMatch(/interrupted \(SIGINT\)/);
  });
});
