import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitState } from '../../../analysis/batch/engine-version.js';

describe('which engine made the runs', () => {
  it('reads the commit from a checkout of firebreak, never from a project firebreak is installed in', () => {
    expect(gitState(process.cwd()).commit).toMatch(/^[0-9a-f]{40}$/);
    // A user's repository holding the package in node_modules: its commit is not the engine's.
    const project = mkdtempSync(join(tmpdir(), 'firebreak-user-project-'));
    const git = (args: string) => execSync(`git ${args}`, { cwd: project, stdio: 'ignore' });
    git('init -q');
    git('-c user.email=a@b -c user.name=a commit -q --allow-empty -m notebook');
    const installed = join(project, 'node_modules', 'firebreak');
    mkdirSync(installed, { recursive: true });
    expect(gitState(installed)).toEqual({ commit: 'unknown', dirty: false });
  });

  it('tells two builds from different uncommitted changes apart by the changes\' fingerprint', () => {
    const checkout = mkdtempSync(join(tmpdir(), 'firebreak-checkout-'));
    const git = (args: string) => execSync(`git ${args}`, { cwd: checkout, stdio: 'ignore' });
    git('init -q');
    writeFileSync(join(checkout, 'engine.ts'), 'export const k = 1;\n');
    git('add engine.ts');
    git('-c user.email=a@b -c user.name=a commit -q -m engine');
    const clean = gitState(checkout);
    expect(clean).toEqual({ commit: expect.stringMatching(/^[0-9a-f]{40}$/), dirty: false });
    writeFileSync(join(checkout, 'engine.ts'), 'export const k = 2;\n');
    const one = gitState(checkout);
    writeFileSync(join(checkout, 'engine.ts'), 'export const k = 3;\n');
    const other = gitState(checkout);
    expect(one.dirty && other.dirty).toBe(true);
    expect(one.changes).toMatch(/^[0-9a-f]{12}$/);
    expect(one.changes).not.toBe(other.changes);
    writeFileSync(join(checkout, 'engine.ts'), 'export const k = 2;\n');
    expect(gitState(checkout).changes).toBe(one.changes);
  });

  it('ships the build stamp with the package, so an installed copy knows its commit', () => {
    const listing = JSON.parse(execSync('npm pack --dry-run --json --ignore-scripts', { stdio: ['ignore', 'pipe', 'ignore'] }).toString()) as { files: { path: string }[] }[];
    expect(listing[0].files.map((f) => f.path)).toContain('dist/build-info.json');
  });
});
