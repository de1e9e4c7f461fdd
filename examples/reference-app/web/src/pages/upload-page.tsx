// Upload a spreadsheet: read with the kit's Chinese headers, row-level errors listed, the valid records checked.
import { FindingsList } from '@rectify/widgets';
import { type FormEvent, useState } from 'react';
import type { AppError, UploadResponse, UploadsResponse } from '../../../shared/api';
import { getJson, useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { pick, words } from '../i18n';
import { useRuleCatalog } from '../service';

/** The upload page. */
export function UploadPage({ lang, asOf, meta }: PageProps) {
  const w = words(lang);
  // The findings list explains each rule with the catalog of the /v1 service (called with the demo key).
  const catalog = useRuleCatalog(meta.demoKey);
  const list = useApi<UploadsResponse>('/app/uploads');
  const [kind, setKind] = useState('community');
  const [file, setFile] = useState<File | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<UploadResponse | undefined>(undefined);
  const [error, setError] = useState<AppError['error'] | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const body = await getJson<UploadResponse>(withQuery('/app/uploads', { kind, asOf }), {
        method: 'POST',
        body: file,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
      });
      setResult(body);
      list.reload();
    } catch (e) {
      setError(e as AppError['error']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{w.uploadTitle}</h1>
      <p>{w.uploadHelp}</p>
      <form onSubmit={submit} className="ra-form" aria-busy={busy}>
        <label>
          {w.uploadKind}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value)} name="kind">
            {(list.data?.tables ?? []).map((t) => (
              <option key={t.kind} value={t.kind}>
                {pick(t.title, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.uploadFile}{' '}
          <input
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        </label>
        <button type="submit" disabled={!file || busy}>
          {busy ? w.uploading : w.uploadSubmit}
        </button>
      </form>
      {error ? (
        <p className="ra-error" role="alert">
          {pick(error.message, lang)} <code>{error.code}</code>
        </p>
      ) : null}
      {result ? (
        <section aria-labelledby="upload-result" data-testid="upload-result" data-status={result.status}>
          <h2 id="upload-result">
            {w.uploadResult}: {result.fileName}
          </h2>
          <p className="ra-summary" role="status">
            {w.uploadStatus}: {result.status === 'accepted' ? '✔' : '✘'} {w[`upload.${result.status}`]} ·{' '}
            {w.read} {result.counts.read} · {w.imported} {result.counts.imported} · {w.rejected}{' '}
            {result.counts.rejected}
          </p>
          <h3>{w.rowIssues}</h3>
          {result.issues.length === 0 ? (
            <p>{w.noIssues}</p>
          ) : (
            <table className="ra-table" data-testid="upload-issues">
              <thead>
                <tr>
                  <th scope="col" className="ra-num">
                    {w.row}
                  </th>
                  <th scope="col">{w.column}</th>
                  <th scope="col">{w.severity}</th>
                  <th scope="col">{w.issueCode}</th>
                  <th scope="col">{w.message}</th>
                </tr>
              </thead>
              <tbody>
                {result.issues.map((issue, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id and never reorder
                  <tr key={i} data-row={issue.row}>
                    <td className="ra-num">{issue.row ?? '—'}</td>
                    <td>{issue.column ?? ''}</td>
                    <td>
                      {issue.severity === 'error' ? '✘ ' : '⚠ '}
                      {w[`severity.${issue.severity}`]}
                    </td>
                    <td>
                      <code>{issue.code}</code>
                    </td>
                    <td>{pick(issue.message, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{w.checkFindings}</h3>
          <FindingsList
            findings={result.findings.map((f) => f.finding)}
            {...(catalog ? { rules: catalog.packs.flatMap((p) => p.rules) } : {})}
            lang={lang}
            headingLevel={4}
          />
        </section>
      ) : null}
      {list.data && list.data.uploads.length > 0 ? (
        <section aria-labelledby="recent-uploads">
          <h2 id="recent-uploads">{w.recentUploads}</h2>
          <table className="ra-table">
            <thead>
              <tr>
                <th scope="col">{w.uploadFile}</th>
                <th scope="col">{w.uploadKind}</th>
                <th scope="col">{w.uploadStatus}</th>
                <th scope="col" className="ra-num">
                  {w.imported}
                </th>
                <th scope="col" className="ra-num">
                  {w.rejected}
                </th>
                <th scope="col">{w.receivedAt}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.uploads.map((u) => (
                <tr key={u.id}>
                  <td>{u.fileName}</td>
                  <td>{pick(list.data?.tables.find((t) => t.kind === u.kind)?.title, lang) || u.kind}</td>
                  <td>{w[`upload.${u.status}`]}</td>
                  <td className="ra-num">{u.counts.imported}</td>
                  <td className="ra-num">{u.counts.rejected}</td>
                  <td>{u.receivedAt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
