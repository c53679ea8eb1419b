import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataLines, dataSections } from '../../src/core/datafile.ts';

test('data files: blank lines and # comments carry no data; lines keep their fields; [sections] in order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-data-'));
  try {
    const f = join(dir, 'list.txt');
    writeFileSync(f, '# header\n\nقال\tsaid \n  # indented comment\n[PER]\nالرئيس\n  وزير  \n[ORG]\nشركة\n[PER]\nالملك\n');
    assert.deepEqual(dataLines(f), ['قال\tsaid ', '[PER]', 'الرئيس', '  وزير  ', '[ORG]', 'شركة', '[PER]', 'الملك']);
    assert.deepEqual([...dataSections(f)], [['PER', ['الرئيس', 'وزير', 'الملك']], ['ORG', ['شركة']]]);
    // an optional list that is absent is empty; a required one is a clear error naming the file
    const missing = join(dir, 'absent.txt');
    assert.deepEqual(dataLines(missing), []);
    assert.throws(() => dataLines(missing, { required: 'topic lexicon' }), (e: Error & { code?: string }) => e.code === 'E_MODEL' && e.message.includes('topic lexicon') && e.message.includes('absent.txt'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
