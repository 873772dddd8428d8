// The lint config holds the layering: each forbidden import is reported, and
// the allowed ones are not. Lints source text as if it were a file in place.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** Rule ids reported for `code` as if it were the file `filePath`. */
async function reported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';

describe('layering lint rules', { timeout: 60_000 }, () => {
  it.each([
    ['src/core/network/x.ts', "import * as tf from '@tensorflow/tfjs';\nexport const x = tf;\n"],
    ['src/core/network/x.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/core/network/x.ts', "import katex from 'katex';\nexport const x = katex;\n"],
    ['src/core/network/x.ts', "import type { Store } from '../../app/store/storeTypes';\nexport type X = Store;\n"],
    ['src/core/network/x.ts', "import type { WorkerEvent } from '../../worker/protocol';\nexport type X = WorkerEvent;\n"],
    ['src/worker/engine/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/worker/engine/x.ts', "import type { Store } from '../../app/store/storeTypes';\nexport type X = Store;\n"],
    ['src/app/store/x.ts', "import { Session } from '../../worker/engine/session';\nexport const x = Session;\n"],
    ['src/app/store/x.ts', "import type { Transfer } from '../../worker/engine/transfer';\nexport type X = Transfer<number>;\n"],
    ['src/app/store/x.ts', "import { WORKER_ERROR_CODES } from '../../worker/protocol';\nexport const x = WORKER_ERROR_CODES;\n"],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await reported(filePath, code)).toContain(RESTRICTED);
  });

  it('refuses the DOM in core', async () => {
    expect(await reported('src/core/network/x.ts', 'export const x = window.location;\n')).toContain('no-restricted-globals');
  });

  it.each([
    ['src/app/store/x.ts', "import type { WorkerEvent } from '../../worker/protocol';\nexport type X = WorkerEvent;\n"],
    ['src/app/store/x.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/worker/engine/x.ts', "import * as tf from '@tensorflow/tfjs';\nexport const x = tf;\n"],
    ['src/core/network/x.test.ts', "import katex from 'katex';\nexport const x = katex;\n"],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await reported(filePath, code)).toEqual([]);
  });
});
