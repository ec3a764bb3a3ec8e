import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { browserPageContext } from '@/api/imageServers/catalogue';
import { imageServerQueries } from '@/api/imageServers/queries';
import { IMAGE_REGISTRIES_EXTENSION } from '@/api/imageServers/registries';
import { useImageServer } from '@/api/imageServers/remotesStore';
import {
  catalogueArchitecture,
  distinctValues,
  productSource,
  productText,
  type CatalogueProduct,
} from '@/api/imageServers/simplestreams';
import { projectQueries } from '@/api/projects/queries';
import { serverQueries } from '@/api/server/queries';
import { DataTable, type Column } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListFilterSelect, ListToolbar } from '@/components/ListToolbar';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import { formatBytes, formatDate } from '@/lib/format';
import { ByAliasForm } from './ByAliasForm';
import { CatalogueProblem } from './CatalogueProblem';
import { CopyImageDialog } from './CopyImageDialog';
import { chosenType, launchPath, TYPE_LABELS, type RemoteImageChoice } from './imageServerModel';
import './imageServers.css';
import { ProjectOptions } from './ProjectOptions';
import { ActionButton } from '@/components/reasons';
import { WriteLink } from '@/components/readOnly';

const pageContext = browserPageContext();

function columns(typeFilter: string): Column<CatalogueProduct>[] {
  return [
    { id: 'os', label: 'OS', width: '9rem', sortValue: (product) => product.os, render: (product) => product.os },
    { id: 'release', label: 'Release', width: '8rem', sortValue: (product) => product.release, render: (product) => product.releaseTitle || product.release },
    { id: 'variant', label: 'Variant', width: '7rem', sortValue: (product) => product.variant, render: (product) => product.variant },
    { id: 'arch', label: 'Architecture', width: '7.5rem', hideNarrow: true, sortValue: (product) => product.arch, render: (product) => product.arch },
    {
      id: 'type',
      label: 'Type',
      width: '9rem',
      render: (product) => product.types.map((type) => TYPE_LABELS[type]).join(', '),
    },
    {
      id: 'aliases',
      label: 'Aliases',
      hideNarrow: true,
      className: 'cell-ellipsis',
      render: (product) => <span title={product.aliases.join(', ')}>{product.aliases.join(', ') || '—'}</span>,
    },
    { id: 'date', label: 'Newest', width: '7.5rem', sortValue: (product) => product.version, render: (product) => (product.date ? formatDate(product.date) : product.version) },
    {
      id: 'size',
      label: 'Size',
      width: '6.5rem',
      hideNarrow: true,
      sortValue: (product) => product.sizes[chosenType(product, typeFilter)],
      render: (product) => {
        const size = product.sizes[chosenType(product, typeFilter)];
        return size === undefined ? '—' : formatBytes(size);
      },
    },
  ];
}

const FILTERS = ['os', 'release', 'variant', 'arch', 'type'] as const;

/** `#/image-server/<name>`: one server's catalogue, read by the browser, with copy and launch. */
export function ImageServerPage() {
  const name = useParams().server ?? '';
  const server = useImageServer(name);
  if (!server) {
    return (
      <section className="page">
        <PageHeader title={name} titleContext={['Image servers']} breadcrumbs={[{ label: 'Image servers', to: paths.imageServers() }]} />
        <EmptyState title={`No image server called “${name}” in this browser`}>
          <p>
            Image servers are kept per browser. <Link to={paths.imageServers()}>Add it on the image servers page</Link>.
          </p>
        </EmptyState>
      </section>
    );
  }
  return <Catalogue name={server.name} url={server.url} />;
}

function Catalogue({ name, url }: { name: string; url: string }) {
  const client = useLxdClient();
  const [search, setSearch] = useSearchParams();
  const project = search.get('project') || DEFAULT_PROJECT;
  const projects = useQuery(projectQueries.list(client));
  const info = useQuery(serverQueries.info(client));
  const viaLxd = info.data?.api_extensions.includes(IMAGE_REGISTRIES_EXTENSION) ? client : undefined;
  const catalogue = useQuery({ ...imageServerQueries.catalogue(url, pageContext, viaLxd), enabled: info.isSuccess || info.isError });
  const products = catalogue.data?.products;
  const [copying, setCopying] = useState<RemoteImageChoice>();

  const typeFilter = search.get('type') ?? '';
  const spec = useMemo<ListViewSpec<CatalogueProduct>>(
    () => ({
      columns: columns(typeFilter),
      defaultSort: 'os',
      rowKey: (product) => product.id,
      text: productText,
      filters: {
        os: (product, value) => product.os === value,
        release: (product, value) => product.release === value,
        variant: (product, value) => product.variant === value,
        arch: (product, value) => product.arch === value,
        type: (product, value) => product.types.includes(value as CatalogueProduct['types'][number]),
      },
    }),
    [typeFilter],
  );
  const view = useListView(products, spec);

  // The server's own architecture is the default filter (written into the URL once, so it shows).
  const defaultArch = info.data?.environment?.architectures?.[0];
  const archApplied = useRef(false);
  useEffect(() => {
    if (archApplied.current || !defaultArch || !products) return;
    archApplied.current = true;
    if (search.has('arch')) return;
    const arch = catalogueArchitecture(defaultArch);
    if (products.some((product) => product.arch === arch)) view.setParams({ filters: { arch } });
  }, [defaultArch, products, search, view]);

  const options = useMemo(() => {
    const list = products ?? [];
    const of = (field: 'os' | 'release' | 'variant' | 'arch') => distinctValues(list, field).map((value) => ({ value, label: value }));
    return { os: of('os'), release: of('release'), variant: of('variant'), arch: of('arch') };
  }, [products]);

  const setProject = (next: string) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === DEFAULT_PROJECT) params.delete('project');
        else params.set('project', next);
        return params;
      },
      { replace: true },
    );

  const actions = (
    <button data-view="" type="button" className="button" onClick={() => void catalogue.refetch()} disabled={catalogue.isFetching}>
      {catalogue.isFetching && !catalogue.isPending ? 'Refreshing…' : 'Refresh'}
    </button>
  );

  return (
    <section className="page" aria-labelledby="image-server-title">
      <PageHeader
        id="image-server-title"
        title={name}
        titleContext={['Image servers']}
        breadcrumbs={[{ label: 'Image servers', to: paths.imageServers() }]}
        subtitle={
          <span className="break-all">
            {url}
            {catalogue.data?.via === 'lxd' && ` · read by LXD (image registry ${catalogue.data.registry ?? ''})`}
          </span>
        }
        actions={actions}
      />
      <div className="toolbar catalogue-project" data-view="">
        <label htmlFor="catalogue-project">Copy and launch into project</label>
        <select id="catalogue-project" className="input" value={project} onChange={(event) => setProject(event.target.value)}>
          <ProjectOptions projects={projects.data} current={project} />
        </select>
      </div>
      {catalogue.isPending && <LoadingState label={`Reading the catalogue of ${name}…`} />}
      {catalogue.isError && (
        <>
          <CatalogueProblem error={catalogue.error} serverUrl={url} onRetry={() => void catalogue.refetch()} />
          <ByAliasForm serverName={name} serverUrl={url} project={project} onCopy={setCopying} />
        </>
      )}
      {products && (
        <>
          <ListToolbar view={view} noun="images" searches="OS, release, variant or alias">
            {FILTERS.filter((filter) => filter !== 'type').map((filter) => (
              <ListFilterSelect
                key={filter}
                view={view}
                name={filter}
                label={FILTER_LABELS[filter]}
                allLabel={ALL_LABELS[filter]}
                options={options[filter as 'os' | 'release' | 'variant' | 'arch']}
              />
            ))}
            <ListFilterSelect
              view={view}
              name="type"
              label="Type"
              allLabel="Any type"
              options={[
                { value: 'container', label: 'Container' },
                { value: 'virtual-machine', label: 'Virtual machine' },
              ]}
            />
          </ListToolbar>
          <ListEmpty
            view={view}
            noun="images"
            empty={
              <EmptyState title="The catalogue is empty">
                <p>The server lists no images.</p>
              </EmptyState>
            }
          />
          {view.rows.length > 0 && (
            <DataTable
              label={`Images on ${name}`}
              columns={spec.columns}
              rows={view.rows}
              rowKey={spec.rowKey}
              sort={view.sort}
              rowHeight={40}
              actionsWidth="10rem"
              rowProps={(product) => ({ 'data-product': product.id })}
              actions={(product) => {
                const type = chosenType(product, typeFilter);
                const choice: RemoteImageChoice = { serverName: name, serverUrl: url, alias: productSource(product, type), type, product };
                const label = `${product.os} ${product.releaseTitle || product.release} ${product.variant} ${product.arch}`;
                return (
                  <>
                    <ActionButton write type="button" className="button" aria-label={`Copy ${label}`} onClick={() => setCopying(choice)}>
                      Copy…
                    </ActionButton>
                    <WriteLink className="button" to={launchPath(project, choice)} aria-label={`Launch ${label}`}>
                      Launch
                    </WriteLink>
                  </>
                );
              }}
            />
          )}
        </>
      )}
      {copying && <CopyImageDialog choice={copying} project={project} onClose={() => setCopying(undefined)} />}
    </section>
  );
}

const FILTER_LABELS: Record<(typeof FILTERS)[number], string> = {
  os: 'OS',
  release: 'Release',
  variant: 'Variant',
  arch: 'Architecture',
  type: 'Type',
};

const ALL_LABELS: Record<(typeof FILTERS)[number], string> = {
  os: 'Any OS',
  release: 'Any release',
  variant: 'Any variant',
  arch: 'Any architecture',
  type: 'Any type',
};
