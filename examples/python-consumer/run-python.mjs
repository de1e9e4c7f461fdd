// Runs validate.py with a Python that has jsonschema; without one it says so, and fails only when CI requires it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const candidates = ['/usr/bin/python3', 'python3'];
const hasJsonschema = (py) => spawnSync(py, ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0;
const python = candidates.find(hasJsonschema);
if (!python) {
  const message = 'python-consumer: no Python with jsonschema (apt-get install python3-jsonschema); skipped';
  if (process.env.RECTIFY_REQUIRE_PYTHON === '1') {
    process.stderr.write(`${message.replace('skipped', 'required by CI')}\n`);
    process.exit(1);
  }
  process.stdout.write(`${message}\n`);
  process.exit(0);
}
const result = spawnSync(python, [join(import.meta.dirname, 'validate.py')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
