import { describe, expect, it } from 'vitest';
import { logFileNames } from './logFiles';

describe('logFileNames', () => {
  it('takes the file names from the URLs LXD 5.0 lists, main log first', () => {
    expect(logFileNames(['/1.0/instances/c1/logs/lxc.conf', '/1.0/instances/c1/logs/lxc.log'])).toEqual([
      'lxc.log',
      'lxc.conf',
    ]);
  });

  it('drops the project parameter and decodes names', () => {
    expect(
      logFileNames([
        '/1.0/instances/web/logs/exec_a%20b.stdout?project=staging',
        '/1.0/instances/web/logs/console.log?project=staging',
        '/1.0/instances/web/logs/lxc.log?project=staging',
      ]),
    ).toEqual(['lxc.log', 'console.log', 'exec_a b.stdout']);
  });

  it('copes with an empty list and odd entries', () => {
    expect(logFileNames([])).toEqual([]);
    expect(logFileNames(['', '/1.0/instances/c1/logs/', '/1.0/instances/c1/logs/%E0'])).toEqual(['%E0']);
  });
});
