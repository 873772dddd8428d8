// Reading several device tensors back in one transfer: each data() call
// waits on the device, so the engine joins what it needs and reads once.
import * as tf from '@tensorflow/tfjs';

/**
 * Flattens and joins `parts`, disposes them, reads the result once and
 * returns one fresh Float32Array per part (copies: never tfjs's own storage,
 * so they may be transferred).
 */
export async function readTogether(parts: tf.Tensor[]): Promise<Float32Array[]> {
  if (parts.length === 0) return [];
  const sizes = parts.map((part) => part.size);
  const joined = tf.tidy(() => tf.concat(parts.map((part) => tf.cast(tf.reshape(part, [-1]), 'float32'))));
  tf.dispose(parts);
  try {
    const values = (await joined.data()) as Float32Array;
    let offset = 0;
    return sizes.map((size) => {
      const part = values.slice(offset, offset + size);
      offset += size;
      return part;
    });
  } finally {
    joined.dispose();
  }
}
