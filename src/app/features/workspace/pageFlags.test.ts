import { describe, expect, it } from 'vitest';
import { pageFlagsFromQuery, withPresentFlag } from './pageFlags';

describe('page flags', () => {
  it('reads the panels to hide and ignores unknown names', () => {
    const flags = pageFlagsFromQuery('?hide=settings, Runs,nonsense&backend=cpu');
    expect([...flags.hidden].sort()).toEqual(['runs', 'settings']);
    expect(flags.present).toBe(false);
  });

  it('reads presentation mode', () => {
    expect(pageFlagsFromQuery('?present=1').present).toBe(true);
    expect(pageFlagsFromQuery('?present=0').present).toBe(false);
    expect(pageFlagsFromQuery('').hidden.size).toBe(0);
  });

  it('adds and removes present=1, keeping the other flags and the document', () => {
    const on = withPresentFlag('https://x.org/np/?hide=builder#doc=abc', true);
    expect(on).toBe('https://x.org/np/?hide=builder&present=1#doc=abc');
    expect(withPresentFlag(on, false)).toBe('https://x.org/np/?hide=builder#doc=abc');
  });
});
