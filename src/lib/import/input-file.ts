/** A file as the user chose it (or as this browser kept it): its name and its bytes, undecoded. */
export interface InputFile {
	name: string;
	bytes: Uint8Array;
}
