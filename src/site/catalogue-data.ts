// The bridge from the catalogue folder (the harvest's checkpoints and copies) and the laws of
// the content to the catalogue site's model. Built once per build, shared by every page.
import { keptRegisters, loadCatalogue } from '#content/catalogue.ts';
import { loadContent } from '#content/load.ts';
import { settings, today as todayFor } from '#content/settings.ts';
import { buildCatalogueModel, type CatalogueModel } from './catalogue-model.ts';

let model: CatalogueModel | null = null;

export function catalogueModel(): CatalogueModel {
  model ??= (() => {
    const tree = loadCatalogue(settings().catalogueRoot);
    // The laws and holidays the members' entries are checked against: this repository's own.
    const content = loadContent(settings().contentRoot);
    return buildCatalogueModel({
      name: tree.config.name,
      description: tree.config.description ?? null,
      region: tree.config.region?.name ?? null,
      members: tree.members.map((m) => {
        const checkpoint = tree.checkpoints.get(m.id) ?? null;
        return { id: m.id, source: m.source, checkpoint, registers: checkpoint ? keptRegisters(tree.root, checkpoint) : [] };
      }),
      laws: new Map(content.laws.map((l) => [l.id, l.data])),
      holidays: content.holidays.map((h) => h.data),
      today: todayFor(tree.config.timeZone),
    });
  })();
  return model;
}
