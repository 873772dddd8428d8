// Visible words of the drawing panel that are not per data set (those are in core/data/datasets.ts).

/** What happens to a drawing and to the data: the privacy lesson of the course, said where one draws. */
export const PRIVACY_NOTE = 'Your drawings and the training data never leave this browser: the network learns and answers on this device, and nothing is sent anywhere.';
