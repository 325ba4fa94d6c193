import { nextTask, runSliced } from '../model/steps';
import type { Dataset } from '../model/types';
import { Explorer } from './explorer.svelte';
import { buildGraphModel, graphModelSteps, type GraphModel } from './graph-model';
import type { ViewState } from './view-state.svelte';

const animationFrame = (): Promise<void> =>
	new Promise((resolve) =>
		typeof requestAnimationFrame === 'undefined'
			? setTimeout(resolve, 0)
			: requestAnimationFrame(() => resolve())
	);

/**
 * The graph model of each dataset shown, and for one about to be shown its Explorer, made ahead
 * in slices of a few tens of milliseconds between which the page keeps drawing: a large network's
 * arrival is no single long task, and the render that shows it only draws.
 */
export class PreparedModels {
	readonly #view: ViewState;
	readonly #nextFrame: () => Promise<void>;
	readonly #models = new WeakMap<Dataset, GraphModel>();
	readonly #explorers = new WeakMap<GraphModel, Explorer>();

	constructor(view: ViewState, nextFrame = animationFrame) {
		this.#view = view;
		this.#nextFrame = nextFrame;
	}

	async prepare(dataset: Dataset): Promise<void> {
		const model = await runSliced(graphModelSteps(dataset));
		this.#models.set(dataset, model);
		// The first render reads these: each made in its own task.
		const ahead = new Explorer(model, this.#view);
		this.#explorers.set(model, ahead);
		for (const make of [() => ahead.visible, () => ahead.ctx, () => ahead.emphasis]) {
			await nextTask();
			make();
		}
		await this.#nextFrame();
	}

	modelOf(dataset: Dataset): GraphModel {
		let model = this.#models.get(dataset);
		if (!model) this.#models.set(dataset, (model = buildGraphModel(dataset)));
		return model;
	}

	/** The Explorer made ahead, or a new one: made inside the page's derivation, it is not kept. */
	explorerOf(model: GraphModel): Explorer {
		return this.#explorers.get(model) ?? new Explorer(model, this.#view);
	}
}
