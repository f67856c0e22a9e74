// A grayscale image as the image-filter widget holds it: the sample photos and the reader's own
// images are turned into this one shape before any kernel touches them.

/** A grayscale image, `width × height` values in [0, 255] (0 black, 255 white), row-major: pixel (x, y) is `pixels[y * width + x]`. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Float32Array;
}
