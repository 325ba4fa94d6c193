/**
 * Colour-science helpers that only the palette tests need, so they stay out of the app bundle.
 * Everything works in sRGB with a D65 white.
 */

export type Vec3 = [number, number, number];
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

export function hexToRgb(hex: string): Vec3 {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
	const h = m[1]!;
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as Vec3;
}

export function srgbToLinear([r, g, b]: Vec3): Vec3 {
	const f = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return [f(r), f(g), f(b)];
}

/**
 * Machado, Oliveira & Fernandes (2009), severity 1.0. The model is defined on linear RGB, so these
 * must be applied after removing the sRGB gamma, not to the 0–255 values.
 */
const MACHADO: Record<Exclude<Vision, 'normal'>, readonly Vec3[]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** Linear RGB as seen with the given vision, clipped back into the displayable gamut. */
export function simulate(linear: Vec3, vision: Vision): Vec3 {
	if (vision === 'normal') return linear;
	const clamp = (x: number) => Math.min(1, Math.max(0, x));
	return MACHADO[vision].map(([a, b, c]) =>
		clamp(a * linear[0] + b * linear[1] + c * linear[2])
	) as Vec3;
}

const D65: Vec3 = [0.95047, 1, 1.08883];

export function linearToLab([r, g, b]: Vec3): Vec3 {
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / D65[0];
	const y = (0.2126729 * r + 0.7151522 * g + 0.072175 * b) / D65[1];
	const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / D65[2];
	// The linear segment near black keeps L* finite and continuous; the cube root alone is not.
	const e = (6 / 29) ** 3;
	const f = (t: number) => (t > e ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIELAB coordinates of a hex colour as perceived with the given vision. */
export function labOf(hex: string, vision: Vision = 'normal'): Vec3 {
	return linearToLab(simulate(srgbToLinear(hexToRgb(hex)), vision));
}

/** CIE76 ΔE*ab: plain Euclidean distance in Lab. */
export function deltaE76(a: Vec3, b: Vec3): number {
	return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

const DEG = Math.PI / 180;

function hueDegrees(b: number, a: number): number {
	if (a === 0 && b === 0) return 0;
	const h = Math.atan2(b, a) / DEG;
	return h < 0 ? h + 360 : h;
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), with kL = kC = kH = 1. */
export function deltaE2000([l1, a1, b1]: Vec3, [l2, a2, b2]: Vec3): number {
	const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
	const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
	const ap1 = (1 + g) * a1;
	const ap2 = (1 + g) * a2;
	const c1 = Math.hypot(ap1, b1);
	const c2 = Math.hypot(ap2, b2);
	const h1 = hueDegrees(b1, ap1);
	const h2 = hueDegrees(b2, ap2);
	const achromatic = c1 * c2 === 0;

	const dL = l2 - l1;
	const dC = c2 - c1;
	let dh = 0;
	if (!achromatic) {
		dh = h2 - h1;
		if (dh > 180) dh -= 360;
		else if (dh < -180) dh += 360;
	}
	const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * DEG);

	const lMean = (l1 + l2) / 2;
	const cMean = (c1 + c2) / 2;
	let hMean = h1 + h2;
	if (!achromatic) {
		if (Math.abs(h1 - h2) <= 180) hMean = (h1 + h2) / 2;
		else hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
	}
	const t =
		1 -
		0.17 * Math.cos((hMean - 30) * DEG) +
		0.24 * Math.cos(2 * hMean * DEG) +
		0.32 * Math.cos((3 * hMean + 6) * DEG) -
		0.2 * Math.cos((4 * hMean - 63) * DEG);
	const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
	const rC = 2 * Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7));
	const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
	const sC = 1 + 0.045 * cMean;
	const sH = 1 + 0.015 * cMean * t;
	const rT = -Math.sin(2 * dTheta * DEG) * rC;

	const x = dL / sL;
	const y = dC / sC;
	const z = dH / sH;
	return Math.sqrt(x * x + y * y + z * z + rT * y * z);
}

/** The smallest CIEDE2000 difference between any two of the colours, as seen with `vision`. */
export function minPairwiseDeltaE(colours: readonly string[], vision: Vision): number {
	const labs = colours.map((c) => labOf(c, vision));
	let min = Infinity;
	for (let i = 0; i < labs.length; i++)
		for (let j = i + 1; j < labs.length; j++) min = Math.min(min, deltaE2000(labs[i]!, labs[j]!));
	return min;
}

/** Lab hue angle in degrees, [0, 360). */
export function hueAngle(hex: string): number {
	const [, a, b] = labOf(hex);
	return hueDegrees(b, a);
}
