# Writes the image-filter widget's sample photos, public/samples/<id>.png, from the photos that
# Debian's python3-skimage ships (/usr/lib/python3/dist-packages/skimage/data/). Run with /usr/bin/python3.
#
# Sources and licences (from scikit-image's docstrings, `help(skimage.data.<id>)`):
#   camera    CC0, photographer Lav Varshney (skimage issue #3927 replaced the older cameraman)
#   astronaut public domain, NASA (Eileen Collins), NASA Great Images https://flic.kr/p/r9qvLn
#   coffee    CC0, photographer Rachel Michetti, courtesy of Pikolo Espresso Bar
#   chelsea   CC0, photographer Stefan van der Walt (Chelsea the cat)
#   brick     CC0, from CC0Textures (Bricks25), perspective-corrected, rotated, cropped and scaled by scikit-image
#
# Conversion: colour photos become 8-bit grayscale with the ITU-R BT.601 luma weights applied to the
# stored (gamma-encoded sRGB) values, gray = round(0.299 R + 0.587 G + 0.114 B), the same weights
# src/widgets/image-filter/imagePixels.ts (LUMA_WEIGHTS) uses for a reader's own image. A photo whose longest side
# is over 512 px is scaled down with a Lanczos filter so that side is 512. Saved as optimised PNG
# (lossless: edge filters would amplify JPEG's 8x8 blocks).
import os
import sys

import numpy as np
from PIL import Image

SOURCE_DIR = '/usr/lib/python3/dist-packages/skimage/data'
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'public', 'samples')
IDS = ['camera', 'astronaut', 'coffee', 'chelsea', 'brick']
MAX_SIDE = 512
BT601 = np.array([0.299, 0.587, 0.114])


def to_gray(image: Image.Image) -> Image.Image:
    """8-bit grayscale with the BT.601 weights (PIL's own 'L' conversion uses the same weights but truncates)."""
    if image.mode == 'L':
        return image
    rgb = np.asarray(image.convert('RGB'), dtype=np.float64)
    gray = np.clip(np.rint(rgb @ BT601), 0, 255).astype(np.uint8)
    return Image.fromarray(gray, mode='L')


def fit(image: Image.Image) -> Image.Image:
    """Scales down so the longest side is at most MAX_SIDE; smaller images are kept as they are."""
    width, height = image.size
    longest = max(width, height)
    if longest <= MAX_SIDE:
        return image
    scale = MAX_SIDE / longest
    return image.resize((round(width * scale), round(height * scale)), Image.LANCZOS)


def main() -> None:
    os.makedirs(OUT_DIR, exist_ok=True)
    total = 0
    for photo_id in IDS:
        source = Image.open(os.path.join(SOURCE_DIR, f'{photo_id}.png'))
        result = fit(to_gray(source))
        path = os.path.join(OUT_DIR, f'{photo_id}.png')
        result.save(path, format='PNG', optimize=True)
        size = os.path.getsize(path)
        total += size
        sys.stdout.write(f'{photo_id}: {result.size[0]}x{result.size[1]}, {size} bytes\n')
    sys.stdout.write(f'total: {total} bytes\n')


if __name__ == '__main__':
    main()
