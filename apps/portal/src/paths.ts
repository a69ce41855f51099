/**
 * Where the product keeps its files: `CONG_DATA_DIR`, else `<repo>/data` (SQLite database, media,
 * demo credentials). The repository root is found by walking up from the working directory to the
 * package.json that declares the workspaces (bundled code cannot trust its own file location).
 */
import fs from 'node:fs';
import path from 'node:path';

let cachedRoot: string | undefined;

export function repoRoot(): string {
  if (process.env.CONG_REPO_ROOT) return process.env.CONG_REPO_ROOT;
  if (cachedRoot) return cachedRoot;
  let dir = process.cwd();
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && fs.readFileSync(pkg, 'utf8').includes('"workspaces"')) return (cachedRoot = dir);
    const up = path.dirname(dir);
    if (up === dir) return (cachedRoot = process.cwd());
    dir = up;
  }
}

export const dataDir = (): string => process.env.CONG_DATA_DIR ?? path.join(repoRoot(), 'data');
