// Geometry of image-filter's pixel picking: which image pixel a pointer is over, and where the marker
// of the inspected window sits, in percent of the drawn image (so it scales with the canvas). Pure;
// imports nothing.

/** An image's size in pixels. */
export interface PixelGrid {
  width: number;
  height: number;
}

/** A drawn box on screen (a DOMRect's fields). */
export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The pixel (x, y) under the screen point (clientX, clientY) of an image of `grid` drawn in `box`:
 * x = floor((clientX - left) / width * grid.width), clamped into the image; undefined when the box
 * has no area.
 */
export function pixelAtPoint(clientX: number, clientY: number, box: ScreenBox, grid: PixelGrid): { x: number; y: number } | undefined {
  if (!(box.width > 0 && box.height > 0)) return undefined;
  const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));
  return {
    x: clamp(((clientX - box.left) / box.width) * grid.width, grid.width),
    y: clamp(((clientY - box.top) / box.height) * grid.height, grid.height),
  };
}

/** A box in percent of the image, given by its centre and its size. */
export interface PercentBox {
  centreX: number;
  centreY: number;
  width: number;
  height: number;
}

/** The marker of a window, in percent of the image: the window's box and its centre pixel's box. */
export interface MarkerGeometry {
  window: PercentBox;
  centre: PercentBox;
}

/**
 * The marker of the size x size window centred on pixel (x, y): both boxes are centred on the
 * pixel's centre (x + 0.5, y + 0.5); the window is size pixels wide (it may reach past the border),
 * the centre box 1 pixel; all in percent of the image's width and height.
 */
export function layoutMarker(x: number, y: number, size: number, grid: PixelGrid): MarkerGeometry {
  const centreX = (100 * (x + 0.5)) / grid.width;
  const centreY = (100 * (y + 0.5)) / grid.height;
  const box = (pixels: number): PercentBox => ({ centreX, centreY, width: (100 * pixels) / grid.width, height: (100 * pixels) / grid.height });
  return { window: box(size), centre: box(1) };
}

/** Which arrow key moves the pixel how: [dx, dy] per key name, or undefined for other keys. */
export function arrowStep(key: string): readonly [number, number] | undefined {
  switch (key) {
    case 'ArrowLeft':
      return [-1, 0];
    case 'ArrowRight':
      return [1, 0];
    case 'ArrowUp':
      return [0, -1];
    case 'ArrowDown':
      return [0, 1];
    default:
      return undefined;
  }
}
