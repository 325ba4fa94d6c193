import * as v from 'valibot';
import type { InputFile } from '../import/input-file';
import { LayoutSchema, LayoutWithIdsSchema } from '../model/layout-snapshot-schema';
import {
	fromKeyed,
	toKeyed,
	type LayoutSnapshot,
	type LayoutWithIds
} from '../model/layout-snapshot';
import type {
	Download,
	KeptNetwork,
	KeptRecord,
	Persistence,
	SetAsideCopy,
	Written
} from './persistence';
import {
	afterOf,
	failureOf,
	writes,
	type Change,
	type Failed,
	type RecordStore,
	type TabBus,
	type Writes
} from './record-store';
import {
	AsideRecord,
	BUNDLED,
	BundledRecord,
	CURRENT,
	FILES,
	FilesRecord,
	OpenedAsJsonRecord,
	OpenedRecord,
	holdsBundled,
	keyOf,
	linkRecord,
	mayWrite,
	problemsOf,
	versionOf,
	type Version
} from './saved-records';
import { ASIDE, asideRecords, discardAside, downloadOf, type Damage } from './set-aside';

const namesOf = (files: InputFile[]) => files.map((f) => f.name).join(' + ');

/**
 * The records this page keeps, over the browser's store (IndexedDB in the browser, memory in the
 * tests). Each read is checked against the shapes of saved-records.ts, and a damaged record is
 * moved under 'aside:…' in the same transaction. Each write checks that no other tab has written
 * the record since this tab read it (see mayWrite), and tells the other tabs that it wrote.
 */
export class StoredPersistence implements Persistence {
	readonly #store: RecordStore;
	/** This tab, in the records it writes. */
	readonly #tab: string;
	readonly #bus: TabBus | null;
	#writes = 0;
	#lastStamp = 0;
	/** Each record's version as this tab last read or wrote it (null: it was absent). */
	readonly #seen = new Map<KeptRecord, Version | null>();
	/** Copies found damaged that the browser would not let us move aside: shown all the same. */
	readonly #unstored = new Map<string, AsideRecord>();
	readonly #listeners: ((record: KeptRecord, now: 'conflict' | 'gone') => void)[] = [];
	#available: Promise<boolean> | null = null;

	constructor(store: RecordStore, tab: string, bus: TabBus | null = null) {
		this.#store = store;
		this.#tab = tab;
		this.#bus = bus;
		bus?.listen((record) => {
			if (!/^(opened$|bundled$|link:)/.test(record)) return;
			void this.#check(record as KeptRecord).then((now) => {
				if (now) for (const changed of this.#listeners) changed(record as KeptRecord, now);
			});
		});
	}

	available(): Promise<boolean> {
		return (this.#available ??= this.#store.read([]).then(
			() => true,
			() => false
		));
	}

	onChange(changed: (record: KeptRecord, now: 'conflict' | 'gone') => void): void {
		this.#listeners.push(changed);
	}

	/**
	 * What another tab's word about `record` means here, read from the record itself: the word may
	 * come after this tab has written the record again.
	 */
	async #check(record: KeptRecord): Promise<'conflict' | 'gone' | null> {
		// A record this tab never read is none of its business.
		if (!this.#seen.has(record)) return null;
		try {
			const [value] = await this.#store.read([keyOf(record)]);
			// Seen as it is once the read is done: this tab may have written meanwhile.
			const seen = this.#seen.get(record) ?? null;
			if (value === undefined) return seen === null ? null : 'gone';
			return mayWrite(value, seen, this.#tab) ? null : 'conflict';
		} catch {
			return null;
		}
	}

	/** Stamps a record as written by this tab. */
	#mine<T extends object>(record: T): T & Version {
		return { ...record, tab: this.#tab, n: ++this.#writes };
	}

	#aside(damage: Damage): [string, AsideRecord] {
		const at = Date.now();
		const id = `${ASIDE}${at}:${this.#tab}:${++this.#writes}`;
		return [id, { ...damage, at }];
	}

	/** A step's change that answers nothing and moves a damaged record aside, removing `keys`. */
	#setAside(damage: Damage, keys: string[]): Change<undefined> {
		return { answer: undefined, put: [this.#aside(damage)], remove: keys };
	}

	/**
	 * One step over the records of `record`: `decide` sees what is stored and says what to answer
	 * and write. Where the browser will not write, the step answers from what it read, writing
	 * nothing; where it will not even read, it answers `none`.
	 */
	async #step<T>(
		record: KeptRecord,
		keys: string[],
		decide: (values: unknown[]) => Change<T>,
		none: T
	): Promise<T> {
		let after: unknown;
		let wrote = false;
		try {
			const answer = await this.#store.update(keys, (values) => {
				const change = decide(values);
				after = afterOf(change, keyOf(record), values[keys.indexOf(keyOf(record))]);
				wrote = writes(change, keys);
				return change;
			});
			this.#seen.set(record, versionOf(after));
			if (wrote) this.#bus?.post(record);
			return answer;
		} catch {
			try {
				const values = await this.#store.read(keys);
				const change = decide(values);
				this.#seen.set(record, versionOf(values[keys.indexOf(keyOf(record))]));
				for (const [key, value] of change.put ?? [])
					if (key.startsWith(ASIDE)) this.#unstored.set(key, value as AsideRecord);
				return change.answer;
			} catch {
				return none;
			}
		}
	}

	/**
	 * A write of `record` if this tab may make it: where another tab changed the record since, it
	 * answers 'conflict' and writes nothing; so does `write` where it answers instead of writing.
	 * An opened network's layout is not written once its copy is deleted ('gone'): it would name
	 * files that are not there.
	 */
	async #write(
		record: KeptRecord,
		keys: string[],
		write: (values: unknown[]) => Writes | Failed
	): Promise<Written> {
		const main = keyOf(record);
		let after: unknown;
		let wrote = false;
		try {
			const answer = await this.#store.update<Written>(keys, (values) => {
				const value = values[keys.indexOf(main)];
				const seen = this.#seen.get(record) ?? null;
				if (record === 'opened' && value === undefined && seen !== null) return { answer: 'gone' };
				if (!mayWrite(value, seen, this.#tab)) return { answer: 'conflict' };
				const change = write(values);
				if (typeof change === 'string') return { answer: change };
				after = afterOf(change, main, value);
				wrote = writes(change, keys);
				return { ...change, answer: 'saved' };
			});
			if (answer === 'saved') this.#seen.set(record, versionOf(after));
			if (wrote) this.#bus?.post(record);
			return answer;
		} catch (error) {
			return failureOf(error);
		}
	}

	async loadOpened(): Promise<KeptNetwork | undefined> {
		return this.#step<KeptNetwork | undefined>(
			'opened',
			[CURRENT, FILES],
			([found, foundFiles]) => {
				// Earlier versions kept the bundled network's layout here: loadBundled moves it.
				const current = holdsBundled(found) ? undefined : found;
				if (current === undefined && foundFiles === undefined) return { answer: undefined };
				const json = v.safeParse(OpenedAsJsonRecord, current);
				if (json.success) {
					const { name, json: text } = json.output;
					const files = [{ name: 'saved.json', bytes: new TextEncoder().encode(text) }];
					return { answer: { name, files, layout: undefined, stamp: null } };
				}
				const head = v.safeParse(OpenedRecord, current);
				const kept = v.safeParse(FilesRecord, foundFiles);
				if (!kept.success) {
					// Nothing to reopen: what is there is set aside.
					const name = head.success ? head.output.name : 'the network opened last';
					const detail =
						foundFiles === undefined
							? 'its files are missing'
							: `its files are damaged (${problemsOf(kept.issues)})`;
					return this.#setAside(
						{
							record: CURRENT,
							value: { current, files: foundFiles },
							message: `The network kept in this browser (${name}) could not be reopened.`,
							detail
						},
						[CURRENT, FILES]
					);
				}
				const { stamp, files } = kept.output;
				if (head.success && head.output.stamp === stamp) {
					const { name, layout } = head.output;
					if (layout === null || layout === undefined)
						return { answer: { name, files, layout: undefined, stamp } };
					const checked = v.safeParse(LayoutSchema, layout);
					if (checked.success) return { answer: { name, files, layout: checked.output, stamp } };
					return {
						answer: { name, files, layout: undefined, stamp },
						put: [
							this.#aside({
								record: CURRENT,
								value: current,
								message: `The saved layout of ${name} was damaged; the network was laid out afresh.`,
								detail: problemsOf(checked.issues)
							}),
							[CURRENT, this.#mine({ kind: 'opened', name, stamp, layout: null })]
						]
					};
				}
				// The files are whole but the record naming them is not theirs (written by another tab
				// before writes were checked) or is damaged: they open under their own names.
				const name = namesOf(files);
				const put: Change<unknown>['put'] = [
					[CURRENT, this.#mine({ kind: 'opened', name, stamp, layout: null })]
				];
				if (current !== undefined)
					put.unshift(
						this.#aside({
							record: CURRENT,
							value: current,
							message: `The saved record of ${name} did not match its files; the network was laid out afresh.`,
							detail: head.success
								? 'it names files written at another time'
								: problemsOf(head.issues)
						})
					);
				return { answer: { name, files, layout: undefined, stamp }, put };
			},
			undefined
		);
	}

	async keepOpened(
		name: string,
		files: InputFile[],
		edit = false
	): Promise<{ stamp: number } | { failed: Failed }> {
		const stamp = (this.#lastStamp = Math.max(Date.now(), this.#lastStamp + 1));
		const current = this.#mine({ kind: 'opened', name, stamp, layout: null });
		if (edit) {
			// An edit is made over what this tab read: the version stored is compared inside the
			// write's own transaction, so another tab's write that landed first, told or not yet,
			// refuses it rather than being overwritten.
			const written = await this.#write('opened', [CURRENT], () => ({
				put: [
					[FILES, { stamp, files }],
					[CURRENT, current]
				]
			}));
			return written === 'saved' ? { stamp } : { failed: written };
		}
		try {
			// One transaction: a record never names files that are not there. Opening a network
			// replaces the one kept before, whichever tab kept it.
			await this.#store.update([], () => ({
				answer: undefined,
				put: [
					[FILES, { stamp, files }],
					[CURRENT, current]
				]
			}));
		} catch (error) {
			return { failed: failureOf(error) };
		}
		this.#seen.set('opened', versionOf(current));
		this.#bus?.post('opened');
		return { stamp };
	}

	saveOpenedLayout(name: string, stamp: number, layout: LayoutSnapshot): Promise<Written> {
		return this.#write('opened', [CURRENT], ([current]) => {
			// Another writing of files than this tab's: the layout is not theirs.
			const kept = v.safeParse(OpenedRecord, current);
			if (!kept.success || kept.output.stamp !== stamp) return 'conflict';
			return { put: [[CURRENT, this.#mine({ kind: 'opened', name, stamp, layout })]] };
		});
	}

	forgetOpened(): Promise<Written> {
		return this.#write('opened', [CURRENT, FILES], ([current, files]) => ({
			remove: [current, files].some((x) => x !== undefined) ? [CURRENT, FILES] : []
		}));
	}

	async setAsideOpened(kept: KeptNetwork, why: string): Promise<void> {
		await this.#step(
			'opened',
			[CURRENT, FILES],
			([current, files]) => {
				const stamped = v.safeParse(OpenedRecord, current);
				const same =
					kept.stamp === null
						? v.safeParse(OpenedAsJsonRecord, current).success
						: stamped.success && stamped.output.stamp === kept.stamp;
				// Another tab has kept another network since: that one stays.
				if (!same) return { answer: undefined };
				return this.#setAside(
					{
						record: CURRENT,
						value: { current, files },
						message: `The network kept in this browser (${kept.name}) could not be reopened.`,
						detail: why
					},
					[CURRENT, FILES]
				);
			},
			undefined
		);
	}

	async loadBundled(): Promise<LayoutWithIds | undefined> {
		return this.#step<LayoutWithIds | undefined>(
			'bundled',
			[BUNDLED, CURRENT],
			([bundled, current]) => {
				const [key, found] = bundled !== undefined ? [BUNDLED, bundled] : [CURRENT, current];
				if (found === undefined || (key === CURRENT && !holdsBundled(found)))
					return { answer: undefined };
				const checked = v.safeParse(BundledRecord, found);
				if (!checked.success)
					return this.#setAside(
						{
							record: key,
							value: found,
							message: 'The saved layout of the bundled network was damaged; it is shown as built.',
							detail: problemsOf(checked.issues)
						},
						[key]
					);
				const layout = fromKeyed(checked.output);
				// Moved to its own key, so a file opened next does not write over it.
				if (key === CURRENT)
					return {
						answer: layout,
						put: [[BUNDLED, this.#mine(checked.output)]],
						remove: [CURRENT]
					};
				return { answer: layout };
			},
			undefined
		);
	}

	saveBundled(layout: LayoutWithIds): Promise<Written> {
		return this.#write('bundled', [BUNDLED], () => ({
			put: [[BUNDLED, this.#mine({ kind: 'bundled', ...toKeyed(layout) })]]
		}));
	}

	forgetBundled(): Promise<Written> {
		return this.#write('bundled', [BUNDLED, CURRENT], ([bundled, current]) => ({
			remove: [
				...(bundled !== undefined ? [BUNDLED] : []),
				...(holdsBundled(current) ? [CURRENT] : [])
			]
		}));
	}

	/** A link's network is fetched anew each visit: only where its nodes were left is kept. */
	async loadLink(key: string): Promise<LayoutWithIds | undefined> {
		const record = linkRecord(key);
		return this.#step<LayoutWithIds | undefined>(
			record,
			[record],
			([found]) => {
				if (found === undefined) return { answer: undefined };
				const checked = v.safeParse(LayoutWithIdsSchema, found);
				if (checked.success) return { answer: checked.output };
				return this.#setAside(
					{
						record,
						value: found,
						message: `The saved layout of ${key} was damaged; the network was laid out afresh.`,
						detail: problemsOf(checked.issues)
					},
					[record]
				);
			},
			undefined
		);
	}

	saveLink(key: string, layout: LayoutWithIds): Promise<Written> {
		const record = linkRecord(key);
		return this.#write(record, [record], () => ({ put: [[record, this.#mine({ ...layout })]] }));
	}

	forgetLink(key: string): Promise<Written> {
		const record = linkRecord(key);
		return this.#write(record, [record], ([found]) => ({
			remove: found !== undefined ? [record] : []
		}));
	}

	async setAside(): Promise<SetAsideCopy[]> {
		const found = await asideRecords(this.#store, this.#unstored);
		return [...found].map(([id, { message, detail }]) => ({ id, message, detail }));
	}

	async download(id: string): Promise<Download | undefined> {
		const entry = (await asideRecords(this.#store, this.#unstored)).get(id);
		return entry && downloadOf(entry);
	}

	async discardSetAside(): Promise<void> {
		this.#unstored.clear();
		await discardAside(this.#store);
	}
}
