/** Saves a blob as a file through an `<a download>` link: works offline, nothing is uploaded. */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// The click starts the download synchronously; keep the URL alive a moment for slow browsers.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
