/**
 * Which firebreak made a set of runs. The package version alone never changes between commits
 * that change the results, so the commit the code was built from is what tells two engines
 * apart: a batch resumed or shards merged across two builds would mix runs of both. The build
 * stamps it into dist/build-info.json (cli/stamp-build.ts), since the checkout's HEAD may have
 * moved since the build (a `git pull` without a rebuild); without a stamp (the TypeScript run
 * directly, as the tests do) it is read from git, and "unknown" outside a checkout.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILD_INFO = 'build-info.json';

export interface EngineVersion {
  version: string;
  /** The commit the code was built from, or "unknown". */
  commit: string;
  /** Whether the working tree had uncommitted changes to tracked files at build time. */
  dirty: boolean;
  /** Those changes' fingerprint (12 hex digits of the SHA-256 of `git diff HEAD`), when dirty. */
  changes?: string;
}

/** The package's root folder: the one holding package.json, whether this runs from dist or not. */
export function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url)).replace(/dist\/$/, '');
}

/**
 * The commit of a checkout and whether its tracked files differ from it, read from git. Only a
 * checkout of firebreak itself counts: a package installed inside someone's project
 * (node_modules/firebreak) would otherwise be given that project's commit, which changes with
 * every commit of theirs while the engine stays the same.
 */
export function gitState(root: string): { commit: string; dirty: boolean; changes?: string } {
  const git = (args: string) => execSync(`git ${args}`, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 }).toString().trim();
  try {
    if (realpathSync(git('rev-parse --show-toplevel')) !== realpathSync(root)) return { commit: 'unknown', dirty: false };
    const commit = git('rev-parse HEAD');
    if (git('status --porcelain --untracked-files=no') === '') return { commit, dirty: false };
    // Two builds from different uncommitted changes are different engines: the changes'
    // fingerprint tells them apart (both were "+changes", and a resume mixed their runs).
    return { commit, dirty: true, changes: createHash('sha256').update(git('diff HEAD --binary')).digest('hex').slice(0, 12) };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

let cached: EngineVersion | undefined;

export function packageVersion(): EngineVersion {
  if (cached) return cached;
  const root = packageRoot();
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  } catch {
    // Installed without its package.json: leave it unknown.
  }
  let state: { commit: string; dirty: boolean; changes?: string } | undefined;
  if (fileURLToPath(import.meta.url).includes(join('dist', 'analysis'))) {
    try {
      const stamp = JSON.parse(readFileSync(join(root, 'dist', BUILD_INFO), 'utf8')) as Partial<EngineVersion>;
      if (typeof stamp.commit === 'string') state = { commit: stamp.commit, dirty: stamp.dirty === true, ...(typeof stamp.changes === 'string' ? { changes: stamp.changes } : {}) };
    } catch {
      // Built without the stamp (tsc alone): ask git.
    }
  }
  cached = { version, ...(state ?? gitState(root)) };
  return cached;
}

/** The build as every manifest records it: version, commit, and whether the tree had changes. */
export function buildFields(): { version: string; commit: string; changesSinceCommit: boolean } {
  const { version, commit, dirty } = packageVersion();
  return { version, commit, changesSinceCommit: dirty };
}

/**
 * The engine as part of a batch's identity: the commit (marked, with the changes' fingerprint,
 * when built from a changed tree), or the version where there is no commit to tell (an
 * installed package).
 */
export function engineId(): string {
  const { version, commit, dirty, changes } = packageVersion();
  return commit === 'unknown' ? version : `${commit}${dirty ? `+changes${changes ? `-${changes}` : ''}` : ''}`;
}
