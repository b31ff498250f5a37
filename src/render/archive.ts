import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * What makes the report an archival PDF (PDF/A-3a) that declares itself
 * accessible (PDF/UA-1): the XMP metadata packet, the sRGB output intent and
 * the statistics JSON carried inside as an associated file.
 *
 * pdfkit can do part of this with its `subset` option, but only one of
 * PDF/A and PDF/UA at a time, without XML escaping, and with an ICC profile
 * path that does not resolve once pdfkit is bundled. So the metadata is
 * written here, in full, and pdfkit's own writer is replaced on the document.
 */

/** The document information shared by the Info dictionary and the XMP packet. */
export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  creator: string;
  producer: string;
  /** BCP 47 tag of the text, e.g. `lv-LV`. */
  language: string;
  /** Creation and modification date (the report's date, never the clock). */
  date: Date;
}

/** The PDF's Info dictionary for `meta`; pdfkit writes strings and dates in PDF syntax. */
export function infoDictionary(meta: DocumentMetadata): Record<string, string | Date> {
  return {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.subject,
    Creator: meta.creator,
    Producer: meta.producer,
    CreationDate: meta.date,
    ModDate: meta.date,
  };
}

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** An XMP date: `2021-12-01T00:00:00Z`, the instant the Info dictionary's `D:…Z` names. */
export function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The XMP packet: Dublin Core title, creator, description and language, the
 * XMP and PDF properties that mirror the Info dictionary, the PDF/A and
 * PDF/UA identification, and the extension schema that declares `pdfuaid`
 * (PDF/A allows only properties of predefined schemas or declared ones).
 */
export function xmpPacket(meta: DocumentMetadata): string {
  const x = escapeXml;
  const date = xmpDate(meta.date);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.title)}</rdf:li></rdf:Alt></dc:title>
      <dc:creator><rdf:Seq><rdf:li>${x(meta.author)}</rdf:li></rdf:Seq></dc:creator>
      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.subject)}</rdf:li></rdf:Alt></dc:description>
      <dc:language><rdf:Bag><rdf:li>${x(meta.language)}</rdf:li></rdf:Bag></dc:language>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
      <xmp:CreatorTool>${x(meta.creator)}</xmp:CreatorTool>
      <xmp:CreateDate>${date}</xmp:CreateDate>
      <xmp:ModifyDate>${date}</xmp:ModifyDate>
      <xmp:MetadataDate>${date}</xmp:MetadataDate>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
      <pdf:Producer>${x(meta.producer)}</pdf:Producer>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
      <pdfaid:part>3</pdfaid:part>
      <pdfaid:conformance>A</pdfaid:conformance>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
      <pdfuaid:part>1</pdfuaid:part>
    </rdf:Description>
    <rdf:Description rdf:about=""
        xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
        xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
      <pdfaExtension:schemas>
        <rdf:Bag>
          <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property>
              <rdf:Seq>
                <rdf:li rdf:parseType="Resource">
                  <pdfaProperty:name>part</pdfaProperty:name>
                  <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                  <pdfaProperty:category>internal</pdfaProperty:category>
                  <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                </rdf:li>
              </rdf:Seq>
            </pdfaSchema:property>
          </rdf:li>
        </rdf:Bag>
      </pdfaExtension:schemas>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** pdfkit's document internals used here (absent from its type declarations). */
interface PdfInternals {
  ref(data?: object): PdfRef;
  _root: PdfRef;
  endMetadata(): void;
}
interface PdfRef {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
}

let iccProfile: Buffer | undefined;

/**
 * The sRGB profile pdfkit ships, found through pdfkit's entry point (which
 * resolves from the bundle too, as the fonts do), read once per process.
 */
export function srgbProfile(): Buffer {
  if (!iccProfile) {
    const entry = createRequire(import.meta.url).resolve('pdfkit');
    iccProfile = readFileSync(join(dirname(entry), 'data', 'sRGB_IEC61966_2_1.icc'));
  }
  return iccProfile;
}

/**
 * Makes `doc` an archival document when it ends: PDF/A output intent with the
 * sRGB profile, and the XMP packet of `meta` in place of pdfkit's own.
 * Call once, before `doc.end()`; the document must be PDF 1.7.
 */
export function makeArchival(doc: PDFKit.PDFDocument, meta: DocumentMetadata): void {
  const pdf = doc as unknown as PdfInternals;
  const profile = srgbProfile();
  const icc = pdf.ref({ N: 3 });
  icc.end(profile);
  const intent = pdf.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: new String('sRGB IEC61966-2.1'),
    Info: new String('sRGB IEC61966-2.1'),
    DestOutputProfile: icc,
  });
  intent.end();
  pdf._root.data.OutputIntents = [intent];

  // Replaces pdfkit's XMP writer, which would write a second packet without escaping.
  pdf.endMetadata = () => {
    const metadata = pdf.ref({ Type: 'Metadata', Subtype: 'XML' });
    // PDF/A: the metadata stays readable without decoding (no filter).
    metadata.compress = false;
    metadata.end(Buffer.from(xmpPacket(meta), 'utf8'));
    pdf._root.data.Metadata = metadata;
  };
}

/** The name the statistics JSON has inside the PDF. */
export const EMBEDDED_STATISTICS = 'statistics.json';

/**
 * Carries the statistics JSON inside the PDF as an associated file of the
 * document (`/AF`, relationship Data), as PDF/A-3 allows: the PDF is the data.
 */
export function embedStatistics(doc: PDFKit.PDFDocument, json: string, date: Date): void {
  doc.file(Buffer.from(json, 'utf8'), {
    name: EMBEDDED_STATISTICS,
    type: 'application/json',
    // pdfkit writes it as the file specification's AFRelationship; its types lack it.
    ...{ relationship: 'Data' },
    description: 'Ziņojuma statistika (JSON)',
    creationDate: date,
    modifiedDate: date,
  });
}
