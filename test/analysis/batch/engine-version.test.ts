import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
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

  it('ships the build stamp with the package, so an installed copy knows its commit', () => {
    const listing = JSON.parse(execSync('npm pack --dry-run --json --ignore-scripts', { stdio: ['ignore', 'pipe', 'ignore'] }).toString()) as { files: { path: string }[] }[];
    expect(listing[0].files.map((f) => f.path)).toContain('dist/build-info.json');
  });
});
