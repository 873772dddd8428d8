// Download progress for one file, in bytes.

/**
 * Counts received bytes against the manifest's compressed size. If the body
 * grows past it, the server sent the file inflated (Content-Encoding), so the
 * total becomes the inflated size. `loaded` never exceeds `total`, and updates
 * are thinned to steps of at least `minStep` of the total (the last one is
 * always reported) so a 10 MB file does not post hundreds of messages.
 */
export class DownloadProgress {
  loaded = 0;
  total: number;
  private readonly rawBytes: number;
  private readonly minStep: number;
  private lastReported = -1;

  constructor(bytes: number, rawBytes: number, minStep = 0.01) {
    this.total = bytes;
    this.rawBytes = Math.max(rawBytes, bytes);
    this.minStep = minStep;
  }

  /** Adds a received chunk; returns true when this update is worth reporting. */
  add(chunkBytes: number): boolean {
    this.loaded += chunkBytes;
    if (this.loaded > this.total) this.total = Math.max(this.rawBytes, this.loaded);
    return this.loaded - this.lastReported >= this.total * this.minStep;
  }

  /** Marks the current count as reported. */
  reported(): void {
    this.lastReported = this.loaded;
  }

  /** Ends the download: whatever arrived is the whole file. */
  finish(): void {
    this.total = this.loaded;
  }
}
