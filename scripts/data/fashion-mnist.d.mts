import type { SplitOptions } from './stratifiedSplit.mjs';

/** The fixed Fashion-MNIST split's method and parameters (recorded in its manifest). */
export const SPLIT: SplitOptions & { method: string };

export function buildFashionMnist(scripts: string[]): Promise<{ outDir: string; manifest: unknown; notes: string[] }>;
