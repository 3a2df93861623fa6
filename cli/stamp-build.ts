/**
 * Run after `tsc` by `npm run build`: writes dist/build-info.json with the commit the build was
 * made from, so that manifests name the code that ran rather than wherever the checkout's HEAD
 * has moved since (analysis/batch/engine-version.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_INFO, gitState, packageRoot } from '../analysis/batch/engine-version.js';

const root = packageRoot();
writeFileSync(join(root, 'dist', BUILD_INFO), JSON.stringify(gitState(root), null, 2) + '\n');
