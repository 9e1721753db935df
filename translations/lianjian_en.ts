<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>assembled from findings</source>
        <translation>assembled from findings</translation>
    </message>
    <message>
        <source>Case file · %1 · chain %2</source>
        <translation>Case file · %1 · chain %2</translation>
    </message>
    <message>
        <source>verified through block %1</source>
        <translation>verified through block %1</translation>
    </message>
    <message>
        <source>no verified block</source>
        <translation>no verified block</translation>
    </message>
    <message>
        <source>broken after block %1</source>
        <translation>broken after block %1</translation>
    </message>
    <message>
        <source>keys trusted</source>
        <translation>keys trusted</translation>
    </message>
    <message>
        <source>keys NOT trusted</source>
        <translation>keys NOT trusted</translation>
    </message>
    <message>
        <source>imported without a trust store</source>
        <translation>imported without a trust store</translation>
    </message>
    <message>
        <source>no verification finding</source>
        <translation>no verification finding</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>5. Evidence table</source>
        <translation>5. Evidence table</translation>
    </message>
    <message>
        <source>Every fact the findings cite, with the transaction that states it on the chain. “Proven”: its Merkle path, block hash and the validators&apos; quorum signatures were checked and the proof is in evidence.json. A fact that could not be proven is marked UNVERIFIED and must not be relied on without other proof.</source>
        <translation>Every fact the findings cite, with the transaction that states it on the chain. “Proven”: its Merkle path, block hash and the validators&apos; quorum signatures were checked and the proof is in evidence.json. A fact that could not be proven is marked UNVERIFIED and must not be relied on without other proof.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>Business date</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Source system</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>tx</source>
        <translation>tx</translation>
    </message>
    <message>
        <source>6. Notes and review trail</source>
        <translation>6. Notes and review trail</translation>
    </message>
    <message>
        <source>This file was assembled straight from findings, not from a registered case: there are no notes and no supervisor&apos;s review yet.</source>
        <translation>This file was assembled straight from findings, not from a registered case: there are no notes and no supervisor&apos;s review yet.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review trail</source>
        <translation>Supervisor&apos;s review trail</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Appendix: verification</source>
        <translation>Appendix: verification</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Algorithm suite</source>
        <translation>Algorithm suite</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>%1 of %2 validators</source>
        <translation>%1 of %2 validators</translation>
    </message>
    <message>
        <source>unknown: the validator keys were not available</source>
        <translation>unknown: the validator keys were not available</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Cited facts</source>
        <translation>Cited facts</translation>
    </message>
    <message>
        <source>%1: %2 proven, %3 with untrusted keys, %4 unverified</source>
        <translation>%1: %2 proven, %3 with untrusted keys, %4 unverified</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validators</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>(file no longer at %1)</source>
        <translation>(file no longer at %1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>How to re-verify</source>
        <translation>How to re-verify</translation>
    </message>
    <message>
        <source>On any computer with Lianjian, with no network, and with the district&apos;s consortium file obtained separately (never from this package):</source>
        <translation>On any computer with Lianjian, with no network, and with the district&apos;s consortium file obtained separately (never from this package):</translation>
    </message>
    <message>
        <source>The first checks manifest.json (each file&apos;s hash and the handler&apos;s signature) and every evidence item; the second re-checks each transaction&apos;s Merkle path to its block, the block hash and the validators&apos; signatures and quorum, and the keys against the consortium file.</source>
        <translation>The first checks manifest.json (each file&apos;s hash and the handler&apos;s signature) and every evidence item; the second re-checks each transaction&apos;s Merkle path to its block, the block hash and the validators&apos; signatures and quorum, and the keys against the consortium file.</translation>
    </message>
    <message>
        <source>Findings on the three-capitals ledger of chain %1</source>
        <translation>Findings on the three-capitals ledger of chain %1</translation>
    </message>
    <message>
        <source>Lianjian · supervision of rural collective funds, assets and resources</source>
        <translation>Lianjian · supervision of rural collective funds, assets and resources</translation>
    </message>
    <message>
        <source>CASE FILE</source>
        <translation>CASE FILE</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>none (assembled from findings)</source>
        <translation>none (assembled from findings)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>not registered as a case</source>
        <translation>not registered as a case</translation>
    </message>
    <message>
        <source>Facts as of</source>
        <translation>Facts as of</translation>
    </message>
    <message>
        <source>District chain</source>
        <translation>District chain</translation>
    </message>
    <message>
        <source>Export(s)</source>
        <translation>Export(s)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Compiled</source>
        <translation>Compiled</translation>
    </message>
    <message>
        <source>Compiled by Lianjian from the signed ledger exports of the district&apos;s supervision chain. Every fact cited here carries its transaction id; the accompanying evidence.json proves each one offline (see the verification appendix).</source>
        <translation>Compiled by Lianjian from the signed ledger exports of the district&apos;s supervision chain. Every fact cited here carries its transaction id; the accompanying evidence.json proves each one offline (see the verification appendix).</translation>
    </message>
    <message>
        <source>1. Lead summary</source>
        <translation>1. Lead summary</translation>
    </message>
    <message>
        <source>In the handler&apos;s words</source>
        <translation>In the handler&apos;s words</translation>
    </message>
    <message>
        <source>Findings that started it</source>
        <translation>Findings that started it</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>2. Parties and relations</source>
        <translation>2. Parties and relations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Roles in this case</source>
        <translation>Roles in this case</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Relationship diagram</source>
        <translation>Relationship diagram</translation>
    </message>
    <message>
        <source>Red: the conflict path named by the findings (party … official).</source>
        <translation>Red: the conflict path named by the findings (party … official).</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Path of %1: %2</source>
        <translation>Path of %1: %2</translation>
    </message>
    <message>
        <source>3. Asset timelines</source>
        <translation>3. Asset timelines</translation>
    </message>
    <message>
        <source>The findings name no asset.</source>
        <translation>The findings name no asset.</translation>
    </message>
    <message>
        <source>Type %1, category %2, collective %3; acquired %4, registered %5; as of %6.</source>
        <translation>Type %1, category %2, collective %3; acquired %4, registered %5; as of %6.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>not listed</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Lessee</source>
        <translation>Lessee</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Rent a year</source>
        <translation>Rent a year</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>4. Findings</source>
        <translation>4. Findings</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>Finding id</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>What it checks</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Facts and thresholds used</source>
        <translation>Facts and thresholds used</translation>
    </message>
    <message>
        <source>Relationship path</source>
        <translation>Relationship path</translation>
    </message>
    <message>
        <source>Proving transactions</source>
        <translation>Proving transactions</translation>
    </message>
    <message>
        <source>Registration, status</source>
        <translation>Registration, status</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Rent</translation>
    </message>
    <message>
        <source>Chain alerts</source>
        <translation>Chain alerts</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>lease (listed)</source>
        <translation>lease (listed)</translation>
    </message>
    <message>
        <source>lease (not listed)</source>
        <translation>lease (not listed)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>idle ≥ threshold</source>
        <translation>idle ≥ threshold</translation>
    </message>
    <message>
        <source>rent paid</source>
        <translation>rent paid</translation>
    </message>
    <message>
        <source>rent overdue</source>
        <translation>rent overdue</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>listing</translation>
    </message>
    <message>
        <source>chain alert</source>
        <translation>chain alert</translation>
    </message>
</context>
<context>
    <name>CaseExportDialog</name>
    <message>
        <source>case-file-%1</source>
        <translation>case-file-%1</translation>
    </message>
    <message>
        <source>Export Case File</source>
        <translation>Export Case File</translation>
    </message>
    <message>
        <source>%1 already exists. Replace the case package in it?</source>
        <translation>%1 already exists. Replace the case package in it?</translation>
    </message>
    <message>
        <source>Assembling the case file…</source>
        <translation>Assembling the case file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>The case file was not written: %1</source>
        <translation>The case file was not written: %1</translation>
    </message>
    <message>
        <source>Case file written to %1 (case.pdf, case.odt, evidence.json, manifest.json).</source>
        <translation>Case file written to %1 (case.pdf, case.odt, evidence.json, manifest.json).</translation>
    </message>
</context>
<context>
    <name>CaseFileText</name>
    <message>
        <source>Drawing charts</source>
        <translation>Drawing charts</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <source>Writing the ODT</source>
        <translation>Writing the ODT</translation>
    </message>
    <message>
        <source>Writing the evidence and the manifest</source>
        <translation>Writing the evidence and the manifest</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>facts as of %1</source>
        <translation>facts as of %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firm</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>collective</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>proven</source>
        <translation>proven</translation>
    </message>
    <message>
        <source>proven, keys not trusted</source>
        <translation>proven, keys not trusted</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>UNVERIFIED</translation>
    </message>
    <message>
        <source>no trust store given: keys checked against the export&apos;s own header only</source>
        <translation>no trust store given: keys checked against the export&apos;s own header only</translation>
    </message>
    <message>
        <source>trusted: every key is in the trust store</source>
        <translation>trusted: every key is in the trust store</translation>
    </message>
    <message>
        <source>NOT trusted: keys are not in the trust store</source>
        <translation>NOT trusted: keys are not in the trust store</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>conflict path</source>
        <translation>conflict path</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Talk or letter inquiry</source>
        <translation>Talk or letter inquiry</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>Preliminary verification</translation>
    </message>
    <message>
        <source>Shelved pending investigation</source>
        <translation>Shelved pending investigation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Filed for review and investigation</source>
        <translation>Filed for review and investigation</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Awaiting the supervisor</source>
        <translation>Awaiting the supervisor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned to the handler</source>
        <translation>Returned to the handler</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>commented</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation>Title changed</translation>
    </message>
    <message>
        <source>Handler changed</source>
        <translation>Handler changed</translation>
    </message>
    <message>
        <source>State proposed</source>
        <translation>State proposed</translation>
    </message>
    <message>
        <source>Supervisor review</source>
        <translation>Supervisor review</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Notes saved</translation>
    </message>
    <message>
        <source>Finding added</source>
        <translation>Finding added</translation>
    </message>
    <message>
        <source>Finding removed</source>
        <translation>Finding removed</translation>
    </message>
    <message>
        <source>Entity added</source>
        <translation>Entity added</translation>
    </message>
    <message>
        <source>Entity removed</source>
        <translation>Entity removed</translation>
    </message>
    <message>
        <source>Snapshot attached</source>
        <translation>Snapshot attached</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firm</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>listing</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>subsidy</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>cannot use trust file: %1</source>
        <translation>cannot use trust file: %1</translation>
    </message>
    <message>
        <source>usage: lianjian-cli %1</source>
        <translation>usage: lianjian-cli %1</translation>
    </message>
    <message>
        <source>Lianjian (链鉴): offline verification of the three-capitals supervision chain&apos;s exports</source>
        <translation>Lianjian (链鉴): offline verification of the three-capitals supervision chain&apos;s exports</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>usage:</translation>
    </message>
    <message>
        <source>options for every command: --lang zh_CN|en, --help</source>
        <translation>options for every command: --lang zh_CN|en, --help</translation>
    </message>
    <message>
        <source>exit status: 0 verified (and trusted when --trust is given), 1 findings, 2 usage or I/O error</source>
        <translation>exit status: 0 verified (and trusted when --trust is given), 1 findings, 2 usage or I/O error</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <source>malformed line (carriage return, blank line, invalid UTF-8, no final LF, or over 16 MiB)</source>
        <translation>malformed line (carriage return, blank line, invalid UTF-8, no final LF, or over 16 MiB)</translation>
    </message>
    <message>
        <source>not a valid JSON object of a known line type</source>
        <translation>not a valid JSON object of a known line type</translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>unsupported format version</translation>
    </message>
    <message>
        <source>unknown algorithm suite</source>
        <translation>unknown algorithm suite</translation>
    </message>
    <message>
        <source>invalid header</source>
        <translation>invalid header</translation>
    </message>
    <message>
        <source>block height out of sequence (a block is missing or repeated)</source>
        <translation>block height out of sequence (a block is missing or repeated)</translation>
    </message>
    <message>
        <source>block does not link to the previous block (hash chain broken)</source>
        <translation>block does not link to the previous block (hash chain broken)</translation>
    </message>
    <message>
        <source>block time goes backwards</source>
        <translation>block time goes backwards</translation>
    </message>
    <message>
        <source>number of transactions differs from the block&apos;s tx_count</source>
        <translation>number of transactions differs from the block&apos;s tx_count</translation>
    </message>
    <message>
        <source>transactions do not match the block&apos;s Merkle root (altered, reordered or replaced)</source>
        <translation>transactions do not match the block&apos;s Merkle root (altered, reordered or replaced)</translation>
    </message>
    <message>
        <source>commit does not match its block</source>
        <translation>commit does not match its block</translation>
    </message>
    <message>
        <source>signature by someone who is not a validator</source>
        <translation>signature by someone who is not a validator</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>invalid signature</translation>
    </message>
    <message>
        <source>block is not signed by a quorum of validators</source>
        <translation>block is not signed by a quorum of validators</translation>
    </message>
    <message>
        <source>end line counts or last block hash do not match the file</source>
        <translation>end line counts or last block hash do not match the file</translation>
    </message>
    <message>
        <source>whole-file digest does not match (the file was altered)</source>
        <translation>whole-file digest does not match (the file was altered)</translation>
    </message>
    <message>
        <source>the exporter&apos;s signature is invalid</source>
        <translation>the exporter&apos;s signature is invalid</translation>
    </message>
    <message>
        <source>the file is truncated (no end line)</source>
        <translation>the file is truncated (no end line)</translation>
    </message>
    <message>
        <source>data after the end line</source>
        <translation>data after the end line</translation>
    </message>
    <message>
        <source>keys not in the trust store: origin unproven</source>
        <translation>keys not in the trust store: origin unproven</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>option %1 takes no value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>evidence FILE --tx TXID... --out BUNDLE.json [--trust CONSORTIUM.json]...   cut verifiable evidence for transactions</source>
        <translation>evidence FILE --tx TXID... --out BUNDLE.json [--trust CONSORTIUM.json]...   cut verifiable evidence for transactions</translation>
    </message>
    <message>
        <source>give exactly one export file</source>
        <translation>give exactly one export file</translation>
    </message>
    <message>
        <source>no --tx given</source>
        <translation>no --tx given</translation>
    </message>
    <message>
        <source>no --out given</source>
        <translation>no --out given</translation>
    </message>
    <message>
        <source>Wrote %1 transaction(s) with their proofs to %2</source>
        <translation>Wrote %1 transaction(s) with their proofs to %2</translation>
    </message>
    <message>
        <source>⚠ The export is not signed by trusted keys: the evidence proves consistency, not origin.</source>
        <translation>⚠ The export is not signed by trusted keys: the evidence proves consistency, not origin.</translation>
    </message>
    <message>
        <source>verify-evidence BUNDLE.json [--trust CONSORTIUM.json]... [--json]   check an evidence bundle offline</source>
        <translation>verify-evidence BUNDLE.json [--trust CONSORTIUM.json]... [--json]   check an evidence bundle offline</translation>
    </message>
    <message>
        <source>give exactly one bundle file</source>
        <translation>give exactly one bundle file</translation>
    </message>
    <message>
        <source>Bundle    %1</source>
        <translation>Bundle    %1</translation>
    </message>
    <message>
        <source>  Chain   %1</source>
        <translation>  Chain   %1</translation>
    </message>
    <message>
        <source>  Suite   %1</source>
        <translation>  Suite   %1</translation>
    </message>
    <message>
        <source>height %1</source>
        <translation>height %1</translation>
    </message>
    <message>
        <source>✔ proven</source>
        <translation>✔ proven</translation>
    </message>
    <message>
        <source>✘ NOT proven</source>
        <translation>✘ NOT proven</translation>
    </message>
    <message>
        <source>  ⚠ Not signed by trusted keys: %1</source>
        <translation>  ⚠ Not signed by trusted keys: %1</translation>
    </message>
    <message>
        <source>  Result  %1</source>
        <translation>  Result  %1</translation>
    </message>
    <message>
        <source>✔ every item is proven</source>
        <translation>✔ every item is proven</translation>
    </message>
    <message>
        <source>✘ the bundle does not prove its items</source>
        <translation>✘ the bundle does not prove its items</translation>
    </message>
    <message>
        <source>keygen --suite sha256-ed25519|sha256-p256|sm3-sm2 --out PREFIX   make a key pair (PREFIX.key, PREFIX.pub)</source>
        <translation>keygen --suite sha256-ed25519|sha256-p256|sm3-sm2 --out PREFIX   make a key pair (PREFIX.key, PREFIX.pub)</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--suite must be sha256-ed25519, sha256-p256 or sm3-sm2</source>
        <translation>--suite must be sha256-ed25519, sha256-p256 or sm3-sm2</translation>
    </message>
    <message>
        <source>%1 exists; refusing to overwrite a key</source>
        <translation>%1 exists; refusing to overwrite a key</translation>
    </message>
    <message>
        <source>Private key  %1.key (keep it secret)</source>
        <translation>Private key  %1.key (keep it secret)</translation>
    </message>
    <message>
        <source>Public key   %1.pub</source>
        <translation>Public key   %1.pub</translation>
    </message>
    <message>
        <source>Fingerprint  %1</source>
        <translation>Fingerprint  %1</translation>
    </message>
    <message>
        <source>verify FILE... [--trust CONSORTIUM.json]... [--json]   check exports: signatures, hash chain, completeness, forks</source>
        <translation>verify FILE... [--trust CONSORTIUM.json]... [--json]   check exports: signatures, hash chain, completeness, forks</translation>
    </message>
    <message>
        <source>no export file given</source>
        <translation>no export file given</translation>
    </message>
    <message>
        <source>✘ UNREADABLE: %1</source>
        <translation>✘ UNREADABLE: %1</translation>
    </message>
    <message>
        <source>✘ BROKEN at line %1: only heights %2–%3 are verified</source>
        <translation>✘ BROKEN at line %1: only heights %2–%3 are verified</translation>
    </message>
    <message>
        <source>✘ BROKEN at line %1: no block is verified</source>
        <translation>✘ BROKEN at line %1: no block is verified</translation>
    </message>
    <message>
        <source>⚠ VERIFIED BUT UNTRUSTED: the signing keys are not the district&apos;s</source>
        <translation>⚠ VERIFIED BUT UNTRUSTED: the signing keys are not the district&apos;s</translation>
    </message>
    <message>
        <source>✔ VERIFIED AND TRUSTED, with non-breaking findings</source>
        <translation>✔ VERIFIED AND TRUSTED, with non-breaking findings</translation>
    </message>
    <message>
        <source>✔ VERIFIED AND TRUSTED</source>
        <translation>✔ VERIFIED AND TRUSTED</translation>
    </message>
    <message>
        <source>✔ VERIFIED, with non-breaking findings (origin not checked: no trust store given)</source>
        <translation>✔ VERIFIED, with non-breaking findings (origin not checked: no trust store given)</translation>
    </message>
    <message>
        <source>✔ VERIFIED (origin not checked: no trust store given)</source>
        <translation>✔ VERIFIED (origin not checked: no trust store given)</translation>
    </message>
    <message>
        <source>File      %1</source>
        <translation>File      %1</translation>
    </message>
    <message>
        <source>  Suite   %1, quorum %2 of %3 validators</source>
        <translation>  Suite   %1, quorum %2 of %3 validators</translation>
    </message>
    <message>
        <source>  Blocks  heights %1–%2: %3 blocks, %4 transactions</source>
        <translation>  Blocks  heights %1–%2: %3 blocks, %4 transactions</translation>
    </message>
    <message>
        <source>  Blocks  none</source>
        <translation>  Blocks  none</translation>
    </message>
    <message>
        <source>  Findings (%1)</source>
        <translation>  Findings (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>… and %1 more findings not shown</source>
        <translation>… and %1 more findings not shown</translation>
    </message>
    <message>
        <source>✘ FORK on chain %1 at height %2: the two exports hold different blocks there</source>
        <translation>✘ FORK on chain %1 at height %2: the two exports hold different blocks there</translation>
    </message>
    <message>
        <source>  Some node rewrote history: treat both exports as evidence.</source>
        <translation>  Some node rewrote history: treat both exports as evidence.</translation>
    </message>
    <message>
        <source>%1 continues %2</source>
        <translation>%1 continues %2</translation>
    </message>
    <message>
        <source>findings WORKSPACE [--as-of DATE] [--rule CODE]... [--settings FILE] [--json]   evaluate the warning rules (exit 1 when any finding)</source>
        <translation>findings WORKSPACE [--as-of DATE] [--rule CODE]... [--settings FILE] [--json]   evaluate the warning rules (exit 1 when any finding)</translation>
    </message>
    <message>
        <source>exactly one workspace is needed</source>
        <translation>exactly one workspace is needed</translation>
    </message>
    <message>
        <source>unknown rule code %1</source>
        <translation>unknown rule code %1</translation>
    </message>
    <message>
        <source>late registration</source>
        <translation>late registration</translation>
    </message>
    <message>
        <source>idle asset</source>
        <translation>idle asset</translation>
    </message>
    <message>
        <source>long-term lease</source>
        <translation>long-term lease</translation>
    </message>
    <message>
        <source>lease expiring</source>
        <translation>lease expiring</translation>
    </message>
    <message>
        <source>expired lease still used</source>
        <translation>expired lease still used</translation>
    </message>
    <message>
        <source>rent overdue</source>
        <translation>rent overdue</translation>
    </message>
    <message>
        <source>off-platform lease</source>
        <translation>off-platform lease</translation>
    </message>
    <message>
        <source>rent below reserve or lower renewal</source>
        <translation>rent below reserve or lower renewal</translation>
    </message>
    <message>
        <source>low participation</source>
        <translation>low participation</translation>
    </message>
    <message>
        <source>bid collusion</source>
        <translation>bid collusion</translation>
    </message>
    <message>
        <source>large payment</source>
        <translation>large payment</translation>
    </message>
    <message>
        <source>frequent payments</source>
        <translation>frequent payments</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>over budget</translation>
    </message>
    <message>
        <source>over standard</source>
        <translation>over standard</translation>
    </message>
    <message>
        <source>split payments</source>
        <translation>split payments</translation>
    </message>
    <message>
        <source>cash settlement</source>
        <translation>cash settlement</translation>
    </message>
    <message>
        <source>related-party payment</source>
        <translation>related-party payment</translation>
    </message>
    <message>
        <source>project overdue</source>
        <translation>project overdue</translation>
    </message>
    <message>
        <source>contract splitting</source>
        <translation>contract splitting</translation>
    </message>
    <message>
        <source>award anomaly</source>
        <translation>award anomaly</translation>
    </message>
    <message>
        <source>cost overrun</source>
        <translation>cost overrun</translation>
    </message>
    <message>
        <source>official&apos;s kin</source>
        <translation>official&apos;s kin</translation>
    </message>
    <message>
        <source>business owner</source>
        <translation>business owner</translation>
    </message>
    <message>
        <source>asset holder</source>
        <translation>asset holder</translation>
    </message>
    <message>
        <source>duplicate payment</source>
        <translation>duplicate payment</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <source>shared identity</source>
        <translation>shared identity</translation>
    </message>
    <message>
        <source>cross-system mismatch</source>
        <translation>cross-system mismatch</translation>
    </message>
    <message>
        <source>chain alert not reproduced</source>
        <translation>chain alert not reproduced</translation>
    </message>
    <message>
        <source>observation contradicts ledger</source>
        <translation>observation contradicts ledger</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <source>no findings as of %1</source>
        <translation>no findings as of %1</translation>
    </message>
    <message>
        <source>findings as of %1: %2</source>
        <translation>findings as of %1: %2</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>findings: %1</translation>
    </message>
    <message>
        <source>path: %1</source>
        <translation>path: %1</translation>
    </message>
    <message>
        <source>generate --villages N --seed S --suite SUITE --out FILE [--txs N] [--from DATE] [--to DATE]   write a synthetic district&apos;s export with planted cases and their answer key</source>
        <translation>generate --villages N --seed S --suite SUITE --out FILE [--txs N] [--from DATE] [--to DATE]   write a synthetic district&apos;s export with planted cases and their answer key</translation>
    </message>
    <message>
        <source>--villages needs a number of villages</source>
        <translation>--villages needs a number of villages</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed needs a non-negative integer</translation>
    </message>
    <message>
        <source>--txs needs a number of transactions</source>
        <translation>--txs needs a number of transactions</translation>
    </message>
    <message>
        <source>%1 needs a date YYYY-MM-DD</source>
        <translation>%1 needs a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 exists; refusing to overwrite it</source>
        <translation>%1 exists; refusing to overwrite it</translation>
    </message>
    <message>
        <source>Export       %1: %2 blocks, %3 transactions, %4 bytes</source>
        <translation>Export       %1: %2 blocks, %3 transactions, %4 bytes</translation>
    </message>
    <message>
        <source>Consortium   %1 (give it to verify and import as --trust)</source>
        <translation>Consortium   %1 (give it to verify and import as --trust)</translation>
    </message>
    <message>
        <source>Keys         %1 (validators&apos; private keys: keep them out of releases)</source>
        <translation>Keys         %1 (validators&apos; private keys: keep them out of releases)</translation>
    </message>
    <message>
        <source>Answer key   %1: %2 planted cases and look-alikes</source>
        <translation>Answer key   %1: %2 planted cases and look-alikes</translation>
    </message>
    <message>
        <source>verifying %1: %2%</source>
        <translation>verifying %1: %2%</translation>
    </message>
    <message>
        <source>importing %1: %2%</source>
        <translation>importing %1: %2%</translation>
    </message>
    <message>
        <source>%1: REFUSED, fork at height %2: the workspace holds block hash %3, this export %4</source>
        <translation>%1: REFUSED, fork at height %2: the workspace holds block hash %3, this export %4</translation>
    </message>
    <message>
        <source>%1: refused: the workspace holds chain %2, this export is of chain %3 (%4)</source>
        <translation>%1: refused: the workspace holds chain %2, this export is of chain %3 (%4)</translation>
    </message>
    <message>
        <source>%1: refused: the workspace is empty and this export starts at height %2; import the export that starts at height 0 first</source>
        <translation>%1: refused: the workspace is empty and this export starts at height %2; import the export that starts at height 0 first</translation>
    </message>
    <message>
        <source>%1: refused: blocks %2 to %3 are missing between the workspace and this export; import the export that holds them first</source>
        <translation>%1: refused: blocks %2 to %3 are missing between the workspace and this export; import the export that holds them first</translation>
    </message>
    <message>
        <source>%1: refused: no block verified (line %2: %3)</source>
        <translation>%1: refused: no block verified (line %2: %3)</translation>
    </message>
    <message>
        <source>%1: refused: no block verified</source>
        <translation>%1: refused: no block verified</translation>
    </message>
    <message>
        <source>%1: cancelled; the workspace is unchanged</source>
        <translation>%1: cancelled; the workspace is unchanged</translation>
    </message>
    <message>
        <source>%1: nothing new: its %2 verified blocks are already in the workspace</source>
        <translation>%1: nothing new: its %2 verified blocks are already in the workspace</translation>
    </message>
    <message>
        <source>%1: imported blocks %2–%3 (%4 blocks, %5 transactions)</source>
        <translation>%1: imported blocks %2–%3 (%4 blocks, %5 transactions)</translation>
    </message>
    <message>
        <source>%1: %2 blocks already in the workspace were skipped</source>
        <translation>%1: %2 blocks already in the workspace were skipped</translation>
    </message>
    <message>
        <source>%1: verification broke at line %2 (%3): %4 later blocks were not imported</source>
        <translation>%1: verification broke at line %2 (%3): %4 later blocks were not imported</translation>
    </message>
    <message>
        <source>%1: the export has findings; run lianjian-cli verify for details</source>
        <translation>%1: the export has findings; run lianjian-cli verify for details</translation>
    </message>
    <message>
        <source>%1: warning: signed by keys that are not in the trust store (origin unproven)</source>
        <translation>%1: warning: signed by keys that are not in the trust store (origin unproven)</translation>
    </message>
    <message>
        <source>import WORKSPACE FILE... [--trust CONSORTIUM.json]...   verify exports and add their verified blocks to a workspace (created when absent); refuses forks</source>
        <translation>import WORKSPACE FILE... [--trust CONSORTIUM.json]...   verify exports and add their verified blocks to a workspace (created when absent); refuses forks</translation>
    </message>
    <message>
        <source>a workspace and at least one export file are needed</source>
        <translation>a workspace and at least one export file are needed</translation>
    </message>
    <message>
        <source>workspace %1: empty</source>
        <translation>workspace %1: empty</translation>
    </message>
    <message>
        <source>workspace %1: %2 blocks (heights 0–%3), %4 transactions</source>
        <translation>workspace %1: %2 blocks (heights 0–%3), %4 transactions</translation>
    </message>
    <message>
        <source>leases:</source>
        <translation>leases:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>lessee %1</source>
        <translation>lessee %1</translation>
    </message>
    <message>
        <source>annual rent %1 yuan</source>
        <translation>annual rent %1 yuan</translation>
    </message>
    <message>
        <source>not publicly listed</source>
        <translation>not publicly listed</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>listing %1</translation>
    </message>
    <message>
        <source>terminated %1</source>
        <translation>terminated %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>idle:</source>
        <translation>idle:</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>still idle</source>
        <translation>still idle</translation>
    </message>
    <message>
        <source>rent instalments:</source>
        <translation>rent instalments:</translation>
    </message>
    <message>
        <source>due %1 yuan, received %2 yuan</source>
        <translation>due %1 yuan, received %2 yuan</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>asset %1 %2 (%3, %4), owned by %5</source>
        <translation>asset %1 %2 (%3, %4), owned by %5</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>registered %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>disposed %1 (%2)</source>
        <translation>disposed %1 (%2)</translation>
    </message>
    <message>
        <source>events:</source>
        <translation>events:</translation>
    </message>
    <message>
        <source>timeline WORKSPACE ASSET [--as-of DATE] [--settings FILE] [--json]   one asset&apos;s history: leases, idle periods, rent instalments, every fact with its tx</source>
        <translation>timeline WORKSPACE ASSET [--as-of DATE] [--settings FILE] [--json]   one asset&apos;s history: leases, idle periods, rent instalments, every fact with its tx</translation>
    </message>
    <message>
        <source>a workspace and one asset id are needed</source>
        <translation>a workspace and one asset id are needed</translation>
    </message>
    <message>
        <source>no record about asset %1 in the workspace</source>
        <translation>no record about asset %1 in the workspace</translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD, not %1</source>
        <translation>--as-of needs a date written YYYY-MM-DD, not %1</translation>
    </message>
    <message>
        <source>the workspace is empty: import an export first</source>
        <translation>the workspace is empty: import an export first</translation>
    </message>
    <message>
        <source>case WORKSPACE (list | show ID | new --title T --finding FID... | state ID STATE | note ID TEXT | review ID approve|return|comment [TEXT] | audit [ID] [--verify]) [--json] [--user NAME]   cases, their review and the audit trail</source>
        <translation>case WORKSPACE (list | show ID | new --title T --finding FID... | state ID STATE | note ID TEXT | review ID approve|return|comment [TEXT] | audit [ID] [--verify]) [--json] [--user NAME]   cases, their review and the audit trail</translation>
    </message>
    <message>
        <source>a workspace and an action are needed</source>
        <translation>a workspace and an action are needed</translation>
    </message>
    <message>
        <source>unknown case action %1</source>
        <translation>unknown case action %1</translation>
    </message>
    <message>
        <source>who is acting? give --user NAME (USER is not set)</source>
        <translation>who is acting? give --user NAME (USER is not set)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>list takes no further argument</source>
        <translation>list takes no further argument</translation>
    </message>
    <message>
        <source>show needs one case id</source>
        <translation>show needs one case id</translation>
    </message>
    <message>
        <source>new takes --title and --finding</source>
        <translation>new takes --title and --finding</translation>
    </message>
    <message>
        <source>a new case needs --title or at least one --finding</source>
        <translation>a new case needs --title or at least one --finding</translation>
    </message>
    <message>
        <source>no finding %1 as of %2 (see findings --json)</source>
        <translation>no finding %1 as of %2 (see findings --json)</translation>
    </message>
    <message>
        <source>state needs a case id and a state</source>
        <translation>state needs a case id and a state</translation>
    </message>
    <message>
        <source>unknown state %1 (inquiry, verification, pending, closed, filed)</source>
        <translation>unknown state %1 (inquiry, verification, pending, closed, filed)</translation>
    </message>
    <message>
        <source>note needs a case id and the text</source>
        <translation>note needs a case id and the text</translation>
    </message>
    <message>
        <source>review needs a case id, approve|return|comment and a text</source>
        <translation>review needs a case id, approve|return|comment and a text</translation>
    </message>
    <message>
        <source>unknown review %1 (approve, return, comment)</source>
        <translation>unknown review %1 (approve, return, comment)</translation>
    </message>
    <message>
        <source>audit takes at most one case id</source>
        <translation>audit takes at most one case id</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>not submitted</translation>
    </message>
    <message>
        <source>awaiting the supervisor</source>
        <translation>awaiting the supervisor</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>returned to the handler</source>
        <translation>returned to the handler</translation>
    </message>
    <message>
        <source>no cases in the workspace</source>
        <translation>no cases in the workspace</translation>
    </message>
    <message>
        <source>handler %1, %2 finding(s), updated %3</source>
        <translation>handler %1, %2 finding(s), updated %3</translation>
    </message>
    <message>
        <source>state: %1, %2</source>
        <translation>state: %1, %2</translation>
    </message>
    <message>
        <source>(proposed by %1)</source>
        <translation>(proposed by %1)</translation>
    </message>
    <message>
        <source>handler: %1; created %2 by %3; updated %4</source>
        <translation>handler: %1; created %2 by %3; updated %4</translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation>entities: %1</translation>
    </message>
    <message>
        <source>snapshots: %1</source>
        <translation>snapshots: %1</translation>
    </message>
    <message>
        <source>reviews:</source>
        <translation>reviews:</translation>
    </message>
    <message>
        <source>notes (version %1, saved %2 by %3):</source>
        <translation>notes (version %1, saved %2 by %3):</translation>
    </message>
    <message>
        <source>next states: %1</source>
        <translation>next states: %1</translation>
    </message>
    <message>
        <source>audit log intact: %1 entries, %2 chain</source>
        <translation>audit log intact: %1 entries, %2 chain</translation>
    </message>
    <message>
        <source>audit log BROKEN at entry %1: %2</source>
        <translation>audit log BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>casefile WORKSPACE (--case ID | --finding ID...) --out DIR [--sign KEY] [--trust FILE]... [--as-of DATE] [--settings FILE] [--force]   write a case file with its evidence</source>
        <translation>casefile WORKSPACE (--case ID | --finding ID...) --out DIR [--sign KEY] [--trust FILE]... [--as-of DATE] [--settings FILE] [--force]   write a case file with its evidence</translation>
    </message>
    <message>
        <source>give either --case or --finding</source>
        <translation>give either --case or --finding</translation>
    </message>
    <message>
        <source>rendering case files needs a QGuiApplication</source>
        <translation>rendering case files needs a QGuiApplication</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 already exists (use --force to replace it)</translation>
    </message>
    <message>
        <source>Wrote case file %1: case.pdf, case.odt, evidence.json, manifest.json</source>
        <translation>Wrote case file %1: case.pdf, case.odt, evidence.json, manifest.json</translation>
    </message>
    <message>
        <source>%1 finding(s), %2 part(ies), %3 asset timeline(s), %4 cited fact(s): %5 proven, %6 with untrusted keys, %7 unverified</source>
        <translation>%1 finding(s), %2 part(ies), %3 asset timeline(s), %4 cited fact(s): %5 proven, %6 with untrusted keys, %7 unverified</translation>
    </message>
    <message>
        <source>Manifest signed with key %1</source>
        <translation>Manifest signed with key %1</translation>
    </message>
    <message>
        <source>UNVERIFIED: %1</source>
        <translation>UNVERIFIED: %1</translation>
    </message>
    <message>
        <source>untrusted: %1</source>
        <translation>untrusted: %1</translation>
    </message>
    <message>
        <source>graph WORKSPACE (--ego ID [--hops N] | --path A B | --conflicts [--org ID]) [--as-of DATE] [--format json|graphml|dot|ftm] [--layout fr|kk|none]   the relationship graph: an entity&apos;s network, paths between two entities, conflict paths (exit 1 when any)</source>
        <translation>graph WORKSPACE (--ego ID [--hops N] | --path A B | --conflicts [--org ID]) [--as-of DATE] [--format json|graphml|dot|ftm] [--layout fr|kk|none]   the relationship graph: an entity&apos;s network, paths between two entities, conflict paths (exit 1 when any)</translation>
    </message>
    <message>
        <source>give exactly one of --ego, --path and --conflicts</source>
        <translation>give exactly one of --ego, --path and --conflicts</translation>
    </message>
    <message>
        <source>--path needs two entity ids</source>
        <translation>--path needs two entity ids</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>unknown format %1</translation>
    </message>
    <message>
        <source>unknown layout %1</source>
        <translation>unknown layout %1</translation>
    </message>
    <message>
        <source>%1 needs a positive number</source>
        <translation>%1 needs a positive number</translation>
    </message>
    <message>
        <source>unknown edge type %1</source>
        <translation>unknown edge type %1</translation>
    </message>
    <message>
        <source>no entity %1 in the workspace</source>
        <translation>no entity %1 in the workspace</translation>
    </message>
    <message>
        <source>most central entities (betweenness, degree):</source>
        <translation>most central entities (betweenness, degree):</translation>
    </message>
    <message>
        <source>relations:</source>
        <translation>relations:</translation>
    </message>
    <message numerus="yes">
        <source>%n tx(s)</source>
        <translation>
            <numerusform>%n tx</numerusform>
            <numerusform>%n txs</numerusform>
        </translation>
    </message>
    <message>
        <source>capped: the expansion stopped at a limit; not fully expanded: %1</source>
        <translation>capped: the expansion stopped at a limit; not fully expanded: %1</translation>
    </message>
    <message>
        <source>as of %1: %2 entities, %3 relations</source>
        <translation>as of %1: %2 entities, %3 relations</translation>
    </message>
    <message>
        <source>no path between them under these filters</source>
        <translation>no path between them under these filters</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s):</source>
        <translation>
            <numerusform>%n step:</numerusform>
            <numerusform>%n steps:</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflict path</source>
        <translation>no conflict path</translation>
    </message>
    <message>
        <source>verify-case DIR [--trust CONSORTIUM.json]...   check a case package: manifest, signature, evidence</source>
        <translation>verify-case DIR [--trust CONSORTIUM.json]...   check a case package: manifest, signature, evidence</translation>
    </message>
    <message>
        <source>give exactly one case folder</source>
        <translation>give exactly one case folder</translation>
    </message>
    <message>
        <source>%1: %2 file(s) checked (%3), %4 evidence item(s)</source>
        <translation>%1: %2 file(s) checked (%3), %4 evidence item(s)</translation>
    </message>
    <message>
        <source>not signed: the manifest proves integrity only together with a trusted copy of it</source>
        <translation>not signed: the manifest proves integrity only together with a trusted copy of it</translation>
    </message>
    <message>
        <source>signed with %1 key %2</source>
        <translation>signed with %1 key %2</translation>
    </message>
    <message>
        <source>evidence signed by trusted validator keys</source>
        <translation>evidence signed by trusted validator keys</translation>
    </message>
    <message>
        <source>evidence NOT signed by trusted validator keys</source>
        <translation>evidence NOT signed by trusted validator keys</translation>
    </message>
    <message>
        <source>case package intact</source>
        <translation>case package intact</translation>
    </message>
    <message>
        <source>case package NOT intact</source>
        <translation>case package NOT intact</translation>
    </message>
    <message>
        <source>cases differ from the audit trail: %1</source>
        <translation>cases differ from the audit trail: %1</translation>
    </message>
    <message>
        <source>visit plan WORKSPACE (--org ID | --asset ID... | --project ID...) [--as-of DATE] --out FILE.pdf|FILE.json | visit record WORKSPACE --item ID --state S [--occupant X] [--notes T] [--photo FILE]... [--inspector NAME] [--date DATE] | visit list WORKSPACE [--json] | visit report WORKSPACE --out DIR [--sign KEY] [--inspector NAME] | visit import WORKSPACE REPORT_DIR [--trust-key PUB]   field visits</source>
        <translation>visit plan WORKSPACE (--org ID | --asset ID... | --project ID...) [--as-of DATE] --out FILE.pdf|FILE.json | visit record WORKSPACE --item ID --state S [--occupant X] [--notes T] [--photo FILE]... [--inspector NAME] [--date DATE] | visit list WORKSPACE [--json] | visit report WORKSPACE --out DIR [--sign KEY] [--inspector NAME] | visit import WORKSPACE REPORT_DIR [--trust-key PUB]   field visits</translation>
    </message>
    <message>
        <source>which visit action? plan, record, list, report or import</source>
        <translation>which visit action? plan, record, list, report or import</translation>
    </message>
    <message>
        <source>unknown visit action %1</source>
        <translation>unknown visit action %1</translation>
    </message>
    <message>
        <source>give --org, --asset or --project</source>
        <translation>give --org, --asset or --project</translation>
    </message>
    <message>
        <source>--out must name a .pdf or a .json file</source>
        <translation>--out must name a .pdf or a .json file</translation>
    </message>
    <message>
        <source>rendering PDF needs a QGuiApplication</source>
        <translation>rendering PDF needs a QGuiApplication</translation>
    </message>
    <message>
        <source>Wrote visit plan %1: %2 item(s), ledger as of %3</source>
        <translation>Wrote visit plan %1: %2 item(s), ledger as of %3</translation>
    </message>
    <message>
        <source>give --item and --state</source>
        <translation>give --item and --state</translation>
    </message>
    <message>
        <source>who inspected? give --inspector NAME (USER is not set)</source>
        <translation>who inspected? give --inspector NAME (USER is not set)</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not %1</source>
        <translation>--date needs a date written YYYY-MM-DD, not %1</translation>
    </message>
    <message>
        <source>no asset or project %1 in the workspace&apos;s ledger</source>
        <translation>no asset or project %1 in the workspace&apos;s ledger</translation>
    </message>
    <message>
        <source>Recorded observation %1: %2 %3, %4</source>
        <translation>Recorded observation %1: %2 %3, %4</translation>
    </message>
    <message>
        <source>(not in the ledger)</source>
        <translation>(not in the ledger)</translation>
    </message>
    <message>
        <source>Wrote field report %1 (id %2): %3 observation(s), %4 photo(s)</source>
        <translation>Wrote field report %1 (id %2): %3 observation(s), %4 photo(s)</translation>
    </message>
    <message>
        <source>Not signed: another workstation will refuse to import it (use --sign KEY)</source>
        <translation>Not signed: another workstation will refuse to import it (use --sign KEY)</translation>
    </message>
    <message>
        <source>give a workspace and a field report folder</source>
        <translation>give a workspace and a field report folder</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>Field report %1 was already imported: nothing added</source>
        <translation>Field report %1 was already imported: nothing added</translation>
    </message>
    <message>
        <source>Imported field report %1 by %2, signed with key %3: %4 observation(s) added, %5 already here</source>
        <translation>Imported field report %1 by %2, signed with key %3: %4 observation(s) added, %5 already here</translation>
    </message>
    <message>
        <source>The signing key was not compared with a trusted inspector key (use --trust-key PUB)</source>
        <translation>The signing key was not compared with a trusted inspector key (use --trust-key PUB)</translation>
    </message>
    <message>
        <source>%1 is not in this workspace&apos;s ledger: observation kept</source>
        <translation>%1 is not in this workspace&apos;s ledger: observation kept</translation>
    </message>
</context>
<context>
    <name>EntityFacts</name>
    <message>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>ID digest</source>
        <translation>ID digest</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>USCC</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Collective or organisation</source>
        <translation>Collective or organisation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Book value</translation>
    </message>
    <message>
        <source>Open its timeline</source>
        <translation>Open its timeline</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>is %1 of</source>
        <translation>is %1 of</translation>
    </message>
    <message>
        <source>Shareholdings</source>
        <translation>Shareholdings</translation>
    </message>
    <message>
        <source>holds %1 of</source>
        <translation>holds %1 of</translation>
    </message>
    <message>
        <source>held %1 by</source>
        <translation>held %1 by</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Legal representative of</source>
        <translation>Legal representative of</translation>
    </message>
    <message>
        <source>Dealings</source>
        <translation>Dealings</translation>
    </message>
    <message>
        <source>Lease %1</source>
        <translation>Lease %1</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Payment %1</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>%1 payments, %2 in all</source>
        <translation>%1 payments, %2 in all</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Bid</translation>
    </message>
    <message>
        <source>Contractor of</source>
        <translation>Contractor of</translation>
    </message>
    <message>
        <source>Findings naming it</source>
        <translation>Findings naming it</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Not in any register</source>
        <translation>Not in any register</translation>
    </message>
    <message>
        <source>Show its relationship graph</source>
        <translation>Show its relationship graph</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>What the rule checks:</source>
        <translation>What the rule checks:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Facts and thresholds used</source>
        <translation>Facts and thresholds used</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Relationship path</source>
        <translation>Relationship path</translation>
    </message>
    <message>
        <source>Proofs on the chain</source>
        <translation>Proofs on the chain</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Source system</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NOT verified</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transaction %1 is not among the verified records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Transaction %1 is not among the verified records.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Block height</translation>
    </message>
    <message>
        <source>Position in block</source>
        <translation>Position in block</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>Chain account</source>
        <translation>Chain account</translation>
    </message>
    <message>
        <source>Written to the chain</source>
        <translation>Written to the chain</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>in a verified block: hash chain, Merkle root and quorum signatures checked</source>
        <translation>in a verified block: hash chain, Merkle root and quorum signatures checked</translation>
    </message>
    <message>
        <source>Show it on the relationship graph</source>
        <translation>Show it on the relationship graph</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>A QDate::toString format. Chinese: yyyy年M月d日</extracomment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <source>late registration</source>
        <translation>late registration</translation>
    </message>
    <message>
        <source>idle asset</source>
        <translation>idle asset</translation>
    </message>
    <message>
        <source>long-term lease</source>
        <translation>long-term lease</translation>
    </message>
    <message>
        <source>lease expiring</source>
        <translation>lease expiring</translation>
    </message>
    <message>
        <source>expired lease still used</source>
        <translation>expired lease still used</translation>
    </message>
    <message>
        <source>rent overdue</source>
        <translation>rent overdue</translation>
    </message>
    <message>
        <source>off-platform lease</source>
        <translation>off-platform lease</translation>
    </message>
    <message>
        <source>rent below reserve</source>
        <translation>rent below reserve</translation>
    </message>
    <message>
        <source>low participation</source>
        <translation>low participation</translation>
    </message>
    <message>
        <source>bid collusion</source>
        <translation>bid collusion</translation>
    </message>
    <message>
        <source>large payment</source>
        <translation>large payment</translation>
    </message>
    <message>
        <source>frequent payments</source>
        <translation>frequent payments</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>over budget</translation>
    </message>
    <message>
        <source>over standard</source>
        <translation>over standard</translation>
    </message>
    <message>
        <source>split payments</source>
        <translation>split payments</translation>
    </message>
    <message>
        <source>cash settlement</source>
        <translation>cash settlement</translation>
    </message>
    <message>
        <source>related-party payment</source>
        <translation>related-party payment</translation>
    </message>
    <message>
        <source>project overdue</source>
        <translation>project overdue</translation>
    </message>
    <message>
        <source>contract splitting</source>
        <translation>contract splitting</translation>
    </message>
    <message>
        <source>award anomaly</source>
        <translation>award anomaly</translation>
    </message>
    <message>
        <source>cost overrun</source>
        <translation>cost overrun</translation>
    </message>
    <message>
        <source>subsidy to officials&apos; kin</source>
        <translation>subsidy to officials&apos; kin</translation>
    </message>
    <message>
        <source>subsidy to a business owner</source>
        <translation>subsidy to a business owner</translation>
    </message>
    <message>
        <source>subsidy to a lessee of collective assets</source>
        <translation>subsidy to a lessee of collective assets</translation>
    </message>
    <message>
        <source>duplicate subsidy</source>
        <translation>duplicate subsidy</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <source>shared identity</source>
        <translation>shared identity</translation>
    </message>
    <message>
        <source>cross-system mismatch</source>
        <translation>cross-system mismatch</translation>
    </message>
    <message>
        <source>chain alert not reproduced</source>
        <translation>chain alert not reproduced</translation>
    </message>
    <message>
        <source>observation contradicts ledger</source>
        <translation>observation contradicts ledger</translation>
    </message>
    <message>
        <source>A listing, contract or rent receipt is dated before the asset was registered.</source>
        <translation>A listing, contract or rent receipt is dated before the asset was registered.</translation>
    </message>
    <message>
        <source>An operating or resource asset has had no lease in force and no own use for at least the threshold number of days.</source>
        <translation>An operating or resource asset has had no lease in force and no own use for at least the threshold number of days.</translation>
    </message>
    <message>
        <source>A lease runs longer than the threshold number of months.</source>
        <translation>A lease runs longer than the threshold number of months.</translation>
    </message>
    <message>
        <source>A lease in force ends within the threshold number of days.</source>
        <translation>A lease in force ends within the threshold number of days.</translation>
    </message>
    <message>
        <source>Rent was received, or the asset was in use, after its lease ended with no new lease in force.</source>
        <translation>Rent was received, or the asset was in use, after its lease ended with no new lease in force.</translation>
    </message>
    <message>
        <source>A rent instalment was not covered by receipts within the threshold number of days after it fell due.</source>
        <translation>A rent instalment was not covered by receipts within the threshold number of days after it fell due.</translation>
    </message>
    <message>
        <source>A lease above the rent threshold, or longer than 36 months, was not publicly listed.</source>
        <translation>A lease above the rent threshold, or longer than 36 months, was not publicly listed.</translation>
    </message>
    <message>
        <source>The rent is below the listing&apos;s reserve, or lower than the previous lease to the same lessee.</source>
        <translation>The rent is below the listing&apos;s reserve, or lower than the previous lease to the same lessee.</translation>
    </message>
    <message>
        <source>A listing closed with fewer registered bidders than the threshold.</source>
        <translation>A listing closed with fewer registered bidders than the threshold.</translation>
    </message>
    <message>
        <source>Bidders on one listing or project share a phone, deposit account, address or legal representative.</source>
        <translation>Bidders on one listing or project share a phone, deposit account, address or legal representative.</translation>
    </message>
    <message>
        <source>A single payment at or above the threshold.</source>
        <translation>A single payment at or above the threshold.</translation>
    </message>
    <message>
        <source>Many payments from one collective to one payee within a short window.</source>
        <translation>Many payments from one collective to one payee within a short window.</translation>
    </message>
    <message>
        <source>A collective&apos;s payments in a budget category and year exceed the approved amount.</source>
        <translation>A collective&apos;s payments in a budget category and year exceed the approved amount.</translation>
    </message>
    <message>
        <source>A payment exceeds the standard set for its purpose.</source>
        <translation>A payment exceeds the standard set for its purpose.</translation>
    </message>
    <message>
        <source>Payments each below the large-payment threshold that together reach it within a short window.</source>
        <translation>Payments each below the large-payment threshold that together reach it within a short window.</translation>
    </message>
    <message>
        <source>A receipt or payment settled in cash.</source>
        <translation>A receipt or payment settled in cash.</translation>
    </message>
    <message>
        <source>The payee, or the holder of the payee&apos;s account, is an official of the paying collective or related to one.</source>
        <translation>The payee, or the holder of the payee&apos;s account, is an official of the paying collective or related to one.</translation>
    </message>
    <message>
        <source>A project was not completed by its planned end date.</source>
        <translation>A project was not completed by its planned end date.</translation>
    </message>
    <message>
        <source>Projects below the tender threshold awarded to one contractor within a short window together reach the threshold.</source>
        <translation>Projects below the tender threshold awarded to one contractor within a short window together reach the threshold.</translation>
    </message>
    <message>
        <source>A single bidder, an award price within 1% of the budget, or one contractor winning most awards of a year.</source>
        <translation>A single bidder, an award price within 1% of the budget, or one contractor winning most awards of a year.</translation>
    </message>
    <message>
        <source>The final cost exceeds the budget by more than the threshold percentage.</source>
        <translation>The final cost exceeds the budget by more than the threshold percentage.</translation>
    </message>
    <message>
        <source>A subsidy recipient is an official of the paying village or a close relative of one.</source>
        <translation>A subsidy recipient is an official of the paying village or a close relative of one.</translation>
    </message>
    <message>
        <source>A subsistence allowance recipient is a legal representative or shareholder of a firm.</source>
        <translation>A subsistence allowance recipient is a legal representative or shareholder of a firm.</translation>
    </message>
    <message>
        <source>A subsistence allowance recipient holds a lease of a collective asset.</source>
        <translation>A subsistence allowance recipient holds a lease of a collective asset.</translation>
    </message>
    <message>
        <source>One programme paid one person twice for the same period.</source>
        <translation>One programme paid one person twice for the same period.</translation>
    </message>
    <message>
        <source>The lessee, contractor or winning bidder is connected to an official of the collective by kinship or ownership.</source>
        <translation>The lessee, contractor or winning bidder is connected to an official of the collective by kinship or ownership.</translation>
    </message>
    <message>
        <source>Parties that present as independent share an identity number, phone, bank account or address.</source>
        <translation>Parties that present as independent share an identity number, phone, bank account or address.</translation>
    </message>
    <message>
        <source>Records of different systems disagree, or name things that were never registered.</source>
        <translation>Records of different systems disagree, or name things that were never registered.</translation>
    </message>
    <message>
        <source>The chain&apos;s own alerts and this workstation&apos;s findings disagree.</source>
        <translation>The chain&apos;s own alerts and this workstation&apos;s findings disagree.</translation>
    </message>
    <message>
        <source>What the inspection team saw on site contradicts the ledger.</source>
        <translation>What the inspection team saw on site contradicts the ledger.</translation>
    </message>
    <message>
        <source>malformed line</source>
        <translation>malformed line</translation>
    </message>
    <message>
        <source>not a valid JSON record</source>
        <translation>not a valid JSON record</translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>unsupported format version</translation>
    </message>
    <message>
        <source>unknown algorithm suite</source>
        <translation>unknown algorithm suite</translation>
    </message>
    <message>
        <source>invalid header</source>
        <translation>invalid header</translation>
    </message>
    <message>
        <source>block missing or out of sequence</source>
        <translation>block missing or out of sequence</translation>
    </message>
    <message>
        <source>hash chain broken</source>
        <translation>hash chain broken</translation>
    </message>
    <message>
        <source>block time goes backwards</source>
        <translation>block time goes backwards</translation>
    </message>
    <message>
        <source>wrong number of transactions</source>
        <translation>wrong number of transactions</translation>
    </message>
    <message>
        <source>transactions altered (Merkle root mismatch)</source>
        <translation>transactions altered (Merkle root mismatch)</translation>
    </message>
    <message>
        <source>commit does not match its block</source>
        <translation>commit does not match its block</translation>
    </message>
    <message>
        <source>signature by a non-validator</source>
        <translation>signature by a non-validator</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>invalid signature</translation>
    </message>
    <message>
        <source>not signed by a quorum</source>
        <translation>not signed by a quorum</translation>
    </message>
    <message>
        <source>end line does not match the file</source>
        <translation>end line does not match the file</translation>
    </message>
    <message>
        <source>file digest mismatch (file altered)</source>
        <translation>file digest mismatch (file altered)</translation>
    </message>
    <message>
        <source>exporter&apos;s signature invalid</source>
        <translation>exporter&apos;s signature invalid</translation>
    </message>
    <message>
        <source>file truncated</source>
        <translation>file truncated</translation>
    </message>
    <message>
        <source>data after the end line</source>
        <translation>data after the end line</translation>
    </message>
    <message>
        <source>keys not in the trust store</source>
        <translation>keys not in the trust store</translation>
    </message>
</context>
<context>
    <name>GraphText</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Unregistered id</source>
        <translation>Unregistered id</translation>
    </message>
    <message>
        <source>Kinship</source>
        <translation>Kinship</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <translation>Shareholder</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Official role</source>
        <translation>Official role</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Lessee</source>
        <translation>Lessee</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Subsidy recipient</source>
        <translation>Subsidy recipient</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>shares %1</source>
        <translation>shares %1</translation>
    </message>
    <message>
        <source>party secretary</source>
        <translation>party secretary</translation>
    </message>
    <message>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <source>deputy director</source>
        <translation>deputy director</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>accountant</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cashier</translation>
    </message>
    <message>
        <source>committee member</source>
        <translation>committee member</translation>
    </message>
    <message>
        <source>supervisory committee</source>
        <translation>supervisory committee</translation>
    </message>
    <message>
        <source>town official</source>
        <translation>town official</translation>
    </message>
    <message>
        <source>integrity monitor</source>
        <translation>integrity monitor</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>spouse</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>sibling</translation>
    </message>
    <message>
        <source>in-law</source>
        <translation>in-law</translation>
    </message>
    <message>
        <source>other kin</source>
        <translation>other kin</translation>
    </message>
</context>
<context>
    <name>ProvenanceFetcher</name>
    <message>
        <source>Proof re-checked just now: Merkle path to the block&apos;s tx root, block hash and quorum signatures</source>
        <translation>Proof re-checked just now: Merkle path to the block&apos;s tx root, block hash and quorum signatures</translation>
    </message>
    <message>
        <source>The proof checks out, but against validator keys the trust store does not hold</source>
        <translation>The proof checks out, but against validator keys the trust store does not hold</translation>
    </message>
    <message>
        <source>No proof:</source>
        <translation>No proof:</translation>
    </message>
    <message>
        <source>The raw record could not be read:</source>
        <translation>The raw record could not be read:</translation>
    </message>
    <message>
        <source>Raw record as signed</source>
        <translation>Raw record as signed</translation>
    </message>
    <message>
        <source>Reading the raw record…</source>
        <translation>Reading the raw record…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No export open</source>
        <translation>No export open</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s), %1 verified transactions</source>
        <translation>
            <numerusform>%n export, %1 verified transactions</numerusform>
            <numerusform>%n exports, %1 verified transactions</numerusform>
        </translation>
    </message>
    <message>
        <source> — FORK DETECTED</source>
        <translation> — FORK DETECTED</translation>
    </message>
    <message numerus="yes">
        <source> — %n export(s) broken</source>
        <translation>
            <numerusform> — %n export broken</numerusform>
            <numerusform> — %n exports broken</numerusform>
        </translation>
    </message>
    <message>
        <source> — not signed by trusted keys</source>
        <translation> — not signed by trusted keys</translation>
    </message>
    <message>
        <source> — verified (no trust store)</source>
        <translation> — verified (no trust store)</translation>
    </message>
    <message>
        <source> — verified and trusted</source>
        <translation> — verified and trusted</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Verifying %1</translation>
    </message>
    <message>
        <source>Loading verified records</source>
        <translation>Loading verified records</translation>
    </message>
    <message>
        <source>Evaluating warning rules</source>
        <translation>Evaluating warning rules</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Cannot open the workspace: %1</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %2 verified transactions from %n export(s)</source>
        <translation>
            <numerusform>Workspace %1: %2 verified transactions from %n export</numerusform>
            <numerusform>Workspace %1: %2 verified transactions from %n exports</numerusform>
        </translation>
    </message>
    <message>
        <source> — some not signed by trusted keys</source>
        <translation> — some not signed by trusted keys</translation>
    </message>
    <message>
        <source> — verified when imported (no trust store)</source>
        <translation> — verified when imported (no trust store)</translation>
    </message>
    <message>
        <source> — verified and trusted when imported</source>
        <translation> — verified and trusted when imported</translation>
    </message>
    <message>
        <source>Opening workspace %1</source>
        <translation>Opening workspace %1</translation>
    </message>
    <message>
        <source>Importing %1 into the workspace</source>
        <translation>Importing %1 into the workspace</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>Field visit checklist</source>
        <translation>Field visit checklist</translation>
    </message>
    <message>
        <source>ledger facts as of %1; %2 item(s)</source>
        <translation>ledger facts as of %1; %2 item(s)</translation>
    </message>
    <message>
        <source>Inspectors: ________________&#x3000;Date on site: ____________</source>
        <translation>Inspectors: ________________&#x3000;Date on site: ____________</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Occupant</source>
        <translation>Occupant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Field report</source>
        <translation>Field report</translation>
    </message>
    <message>
        <source>Inspector: %1; made %2; chain %3</source>
        <translation>Inspector: %1; made %2; chain %3</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Photos (SHA-256)</source>
        <translation>Photos (SHA-256)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>used by the collective</source>
        <translation>used by the collective</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>not found on site</source>
        <translation>not found on site</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfinished</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
</context>
<context>
    <name>lj::gui::CaseDetailView</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Remove from case</translation>
    </message>
    <message>
        <source>Attach timeline snapshot</source>
        <translation>Attach timeline snapshot</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>On state</source>
        <translation>On state</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return to handler</source>
        <translation>Return to handler</translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>Open timeline</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Verify the audit log</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Handler&apos;s notes</source>
        <translation>Handler&apos;s notes</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>Propose:</source>
        <translation>Propose:</translation>
    </message>
    <message>
        <source>Propose %1; the supervisor approves or returns it</source>
        <translation>Propose %1; the supervisor approves or returns it</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review</source>
        <translation>Supervisor&apos;s review</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>Supervisor&apos;s name</translation>
    </message>
    <message>
        <source>Comment, reasons for approving or returning</source>
        <translation>Comment, reasons for approving or returning</translation>
    </message>
    <message>
        <source>Handler %1 · created %2 by %3 · updated %4</source>
        <translation>Handler %1 · created %2 by %3 · updated %4</translation>
    </message>
    <message>
        <source>(proposed by %1)</source>
        <translation>(proposed by %1)</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries, %1 hash chain</source>
        <translation>
            <numerusform>Audit log intact: %n entry, %1 hash chain</numerusform>
            <numerusform>Audit log intact: %n entries, %1 hash chain</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>Audit log BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>graph</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <source>The cases differ from what the audit trail records: %1</source>
        <translation>The cases differ from what the audit trail records: %1</translation>
    </message>
</context>
<context>
    <name>lj::gui::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>lj::gui::CaseNotesEditor</name>
    <message>
        <source>Save notes</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>The handler&apos;s notes: what was checked, who was talked to, what is still open…</source>
        <translation>The handler&apos;s notes: what was checked, who was talked to, what is still open…</translation>
    </message>
    <message>
        <source>Save the notes as a new version (Ctrl+S); every version is kept</source>
        <translation>Save the notes as a new version (Ctrl+S); every version is kept</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3</source>
        <translation>Version %1, saved %2 by %3</translation>
    </message>
    <message>
        <source>No saved version yet</source>
        <translation>No saved version yet</translation>
    </message>
    <message>
        <source>Recovered unsaved notes from %1 — save or discard them. %2</source>
        <translation>Recovered unsaved notes from %1 — save or discard them. %2</translation>
    </message>
    <message>
        <source>Unsaved changes (draft kept %1). %2</source>
        <translation>Unsaved changes (draft kept %1). %2</translation>
    </message>
    <message>
        <source>Unsaved changes. %1</source>
        <translation>Unsaved changes. %1</translation>
    </message>
</context>
<context>
    <name>lj::gui::CasesView</name>
    <message>
        <source>&lt;h3&gt;Cases are kept in an investigation workspace&lt;/h3&gt;&lt;p&gt;A workspace (.lianjian) is one file that holds the verified records of the exports, the cases made from their findings, the handler&apos;s notes, the supervisor&apos;s reviews and an audit trail of every change. Save the open exports as a workspace (it can live on a USB stick), or open an existing one with File → Open.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cases are kept in an investigation workspace&lt;/h3&gt;&lt;p&gt;A workspace (.lianjian) is one file that holds the verified records of the exports, the cases made from their findings, the handler&apos;s notes, the supervisor&apos;s reviews and an audit trail of every change. Save the open exports as a workspace (it can live on a USB stick), or open an existing one with File → Open.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save as investigation workspace…</source>
        <translation>Save as investigation workspace…</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Unsaved notes</translation>
    </message>
    <message>
        <source>The notes of case %1 have changes that are not saved as a version. Save them now?</source>
        <translation>The notes of case %1 have changes that are not saved as a version. Save them now?</translation>
    </message>
    <message>
        <source>Cases need an investigation workspace: save the exports as one first.</source>
        <translation>Cases need an investigation workspace: save the exports as one first.</translation>
    </message>
    <message>
        <source>Select one or more findings first.</source>
        <translation>Select one or more findings first.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 created from %n finding(s).</source>
        <translation>
            <numerusform>Case %1 created from %n finding.</numerusform>
            <numerusform>Case %1 created from %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed: %1. It now awaits the supervisor&apos;s decision.</source>
        <translation>Proposed: %1. It now awaits the supervisor&apos;s decision.</translation>
    </message>
    <message>
        <source>Review recorded: %1 by %2.</source>
        <translation>Review recorded: %1 by %2.</translation>
    </message>
    <message>
        <source>%1: done. Edit → Undo reverts it.</source>
        <translation>%1: done. Edit → Undo reverts it.</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Rename case</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Edit notes</translation>
    </message>
    <message>
        <source>Remove finding %1</source>
        <translation>Remove finding %1</translation>
    </message>
    <message>
        <source>Snapshot of %1 attached.</source>
        <translation>Snapshot of %1 attached.</translation>
    </message>
</context>
<context>
    <name>lj::gui::EntityInspector</name>
    <message>
        <source>Find a person, firm, account, asset or collective by name or id</source>
        <translation>Find a person, firm, account, asset or collective by name or id</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Click a transaction to see its provenance.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Click a transaction to see its provenance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gathering what the ledger says about %1…</source>
        <translation>Gathering what the ledger says about %1…</translation>
    </message>
</context>
<context>
    <name>lj::gui::ExportFindingsModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>lj::gui::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Proofs</translation>
    </message>
</context>
<context>
    <name>lj::gui::LeadsView</name>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Warnings and alarms</source>
        <translation>Warnings and alarms</translation>
    </message>
    <message>
        <source>Alarms only</source>
        <translation>Alarms only</translation>
    </message>
    <message>
        <source>Search findings, names, ids…</source>
        <translation>Search findings, names, ids…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Findings per rule</source>
        <translation>Findings per rule</translation>
    </message>
    <message>
        <source>Findings per village (top 12)</source>
        <translation>Findings per village (top 12)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Export Case File…</source>
        <translation>Export Case File…</translation>
    </message>
    <message>
        <source>Write the selected findings as a case file (PDF, ODT) with verifiable evidence</source>
        <translation>Write the selected findings as a case file (PDF, ODT) with verifiable evidence</translation>
    </message>
    <message>
        <source>Create case from selected findings…</source>
        <translation>Create case from selected findings…</translation>
    </message>
    <message>
        <source>Create a case (案件) from the selected findings</source>
        <translation>Create a case (案件) from the selected findings</translation>
    </message>
</context>
<context>
    <name>lj::gui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lianjian — three-capitals ledger investigation</source>
        <translation>Lianjian — three-capitals ledger investigation</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Asset timelines</source>
        <translation>Asset timelines</translation>
    </message>
    <message>
        <source>Open a ledger export (.sle) to begin.</source>
        <translation>Open a ledger export (.sle) to begin.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Trust store…</source>
        <translation>&amp;Trust store…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Lianjian</source>
        <translation>&amp;About Lianjian</translation>
    </message>
    <message>
        <source>About Lianjian</source>
        <translation>About Lianjian</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lianjian 链鉴 %1&lt;/h3&gt;&lt;p&gt;Offline verification and investigation of the rural collective three-capitals supervision chain: signed exports, asset timelines, warning rules and evidence anyone can check.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lianjian 链鉴 %1&lt;/h3&gt;&lt;p&gt;Offline verification and investigation of the rural collective three-capitals supervision chain: signed exports, asset timelines, warning rules and evidence anyone can check.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Loading cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) as of %1</source>
        <translation>
            <numerusform>%n finding as of %1</numerusform>
            <numerusform>%n findings as of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Relationship graph</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Open exports or workspace…</source>
        <translation>&amp;Open exports or workspace…</translation>
    </message>
    <message>
        <source>Save as investigation &amp;workspace…</source>
        <translation>Save as investigation &amp;workspace…</translation>
    </message>
    <message>
        <source>Open ledger exports or an investigation workspace</source>
        <translation>Open ledger exports or an investigation workspace</translation>
    </message>
    <message>
        <source>Exports and workspaces (*.sle *.sle.gz *.lianjian);;Ledger exports (*.sle *.sle.gz);;Investigation workspaces (*.lianjian);;All files (*)</source>
        <translation>Exports and workspaces (*.sle *.sle.gz *.lianjian);;Ledger exports (*.sle *.sle.gz);;Investigation workspaces (*.lianjian);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Your &amp;name in the audit trail…</source>
        <translation>Your &amp;name in the audit trail…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Name recorded as the author of case changes:</source>
        <translation>Name recorded as the author of case changes:</translation>
    </message>
    <message>
        <source>Opened the workspace only; add exports to it with Save as investigation workspace.</source>
        <translation>Opened the workspace only; add exports to it with Save as investigation workspace.</translation>
    </message>
    <message>
        <source>Open ledger exports first: they are what the workspace is made of.</source>
        <translation>Open ledger exports first: they are what the workspace is made of.</translation>
    </message>
    <message>
        <source>This is already an investigation workspace.</source>
        <translation>This is already an investigation workspace.</translation>
    </message>
    <message>
        <source>Open ledger exports first.</source>
        <translation>Open ledger exports first.</translation>
    </message>
    <message>
        <source>Save as investigation workspace</source>
        <translation>Save as investigation workspace</translation>
    </message>
    <message>
        <source>Investigation workspaces (*.lianjian)</source>
        <translation>Investigation workspaces (*.lianjian)</translation>
    </message>
    <message>
        <source>Select one or more findings in the leads table first.</source>
        <translation>Select one or more findings in the leads table first.</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Cases are kept in an investigation workspace, one file with the verified records, the cases and their audit trail. Save the open exports as a workspace now?</source>
        <translation>Cases are kept in an investigation workspace, one file with the verified records, the cases and their audit trail. Save the open exports as a workspace now?</translation>
    </message>
    <message>
        <source>Case title:</source>
        <translation>Case title:</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <source>V01: %1</source>
        <translation>V01: %1</translation>
    </message>
    <message>
        <source>There is no picture to attach yet.</source>
        <translation>There is no picture to attach yet.</translation>
    </message>
    <message>
        <source>Cases live in a workspace: open or save one, select a case on the Cases page, then attach the picture.</source>
        <translation>Cases live in a workspace: open or save one, select a case on the Cases page, then attach the picture.</translation>
    </message>
    <message>
        <source>The picture is attached to the case selected on the Cases page.</source>
        <translation>The picture is attached to the case selected on the Cases page.</translation>
    </message>
</context>
<context>
    <name>lj::gui::RelationshipView</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Re-layout</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <source>Ego network</source>
        <translation>Ego network</translation>
    </message>
    <message>
        <source>Paths between two entities</source>
        <translation>Paths between two entities</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Entity: name or id</source>
        <translation>Entity: name or id</translation>
    </message>
    <message>
        <source>Second entity</source>
        <translation>Second entity</translation>
    </message>
    <message>
        <source>Hops: </source>
        <translation>Hops: </translation>
    </message>
    <message>
        <source>Force-directed (FR)</source>
        <translation>Force-directed (FR)</translation>
    </message>
    <message>
        <source>Kamada–Kawai (small graphs)</source>
        <translation>Kamada–Kawai (small graphs)</translation>
    </message>
    <message>
        <source>Add the selected entity&apos;s direct relations to the picture</source>
        <translation>Add the selected entity&apos;s direct relations to the picture</translation>
    </message>
    <message>
        <source>Remove the selected entity from the picture</source>
        <translation>Remove the selected entity from the picture</translation>
    </message>
    <message>
        <source>Lay the picture out again; entities you dragged stay where you put them</source>
        <translation>Lay the picture out again; entities you dragged stay where you put them</translation>
    </message>
    <message>
        <source>Paths (shortest first)</source>
        <translation>Paths (shortest first)</translation>
    </message>
    <message>
        <source>Collective (empty: all)</source>
        <translation>Collective (empty: all)</translation>
    </message>
    <message numerus="yes">
        <source>%n entities in the graph</source>
        <translation>
            <numerusform>%n entity in the graph</numerusform>
            <numerusform>%n entities in the graph</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the relationship graph…</source>
        <translation>Building the relationship graph…</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Laying out…</translation>
    </message>
    <message>
        <source>No such entity in the graph: %1</source>
        <translation>No such entity in the graph: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): </source>
        <translation>
            <numerusform>%n step: </numerusform>
            <numerusform>%n steps: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paths</source>
        <translation>
            <numerusform>%n path</numerusform>
            <numerusform>%n paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>capped: %n entities not fully expanded</source>
        <translation>
            <numerusform>capped: %n entity not fully expanded</numerusform>
            <numerusform>capped: %n entities not fully expanded</numerusform>
        </translation>
    </message>
    <message>
        <source>no path</source>
        <translation>no path</translation>
    </message>
    <message numerus="yes">
        <source>%n entities shown</source>
        <translation>
            <numerusform>%n entity shown</numerusform>
            <numerusform>%n entities shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Relationship graph</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>Export the picture</translation>
    </message>
    <message>
        <source>relationship-graph.png</source>
        <translation>relationship-graph.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;In this picture: %1 relations, betweenness %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In this picture: %1 relations, betweenness %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inspect this entity</source>
        <translation>Inspect this entity</translation>
    </message>
    <message>
        <source>Centre the graph here</source>
        <translation>Centre the graph here</translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation>Relations (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;… and %1 more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;… and %1 more.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation>Stated by</translation>
    </message>
    <message>
        <source>Dealings:</source>
        <translation>Dealings:</translation>
    </message>
    <message>
        <source>Attach to case</source>
        <translation>Attach to case</translation>
    </message>
    <message>
        <source>Keep this picture, with the transactions behind every relation, in the case selected on the Cases page</source>
        <translation>Keep this picture, with the transactions behind every relation, in the case selected on the Cases page</translation>
    </message>
    <message>
        <source>conflicts, every collective</source>
        <translation>conflicts, every collective</translation>
    </message>
    <message>
        <source>conflicts of %1</source>
        <translation>conflicts of %1</translation>
    </message>
</context>
<context>
    <name>lj::gui::TimelineScene</name>
    <message>
        <source>/yr</source>
        <translation>/yr</translation>
    </message>
    <message>
        <source>Lease %1 to %2, %3 – %4, %5 a year%6</source>
        <translation>Lease %1 to %2, %3 – %4, %5 a year%6</translation>
    </message>
    <message>
        <source>, not publicly listed</source>
        <translation>, not publicly listed</translation>
    </message>
    <message>
        <source>, listing %1</source>
        <translation>, listing %1</translation>
    </message>
    <message>
        <source>Lease %1 ends %2</source>
        <translation>Lease %1 ends %2</translation>
    </message>
    <message numerus="yes">
        <source>Idle %1 – %2%3: %n day(s)</source>
        <translation>
            <numerusform>Idle %1 – %2%3: %n day</numerusform>
            <numerusform>Idle %1 – %2%3: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source> (still idle)</source>
        <translation> (still idle)</translation>
    </message>
    <message>
        <source>Registration &amp; status</source>
        <translation>Registration &amp; status</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Rent instalments</source>
        <translation>Rent instalments</translation>
    </message>
    <message>
        <source>Chain alerts</source>
        <translation>Chain alerts</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>Registered %1</translation>
    </message>
    <message>
        <source>Status %1 declared as of %2</source>
        <translation>Status %1 declared as of %2</translation>
    </message>
    <message numerus="yes">
        <source>Listing %1: %n bidder(s), reserve %2%3</source>
        <translation>
            <numerusform>Listing %1: %n bidder, reserve %2%3</numerusform>
            <numerusform>Listing %1: %n bidders, reserve %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>, won by %1</source>
        <translation>, won by %1</translation>
    </message>
    <message>
        <source>Rent %1 due %2: %3, received %4%5</source>
        <translation>Rent %1 due %2: %3, received %4%5</translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation> — OVERDUE</translation>
    </message>
    <message>
        <source>Chain alert %1 (%2): %3</source>
        <translation>Chain alert %1 (%2): %3</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>%1 registered %2</source>
        <translation>%1 registered %2</translation>
    </message>
    <message>
        <source>Rent %1 due %2 overdue</source>
        <translation>Rent %1 due %2 overdue</translation>
    </message>
    <message>
        <source>lease (listed)</source>
        <translation>lease (listed)</translation>
    </message>
    <message>
        <source>lease (not listed)</source>
        <translation>lease (not listed)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>idle ≥ threshold (A02)</source>
        <translation>idle ≥ threshold (A02)</translation>
    </message>
    <message>
        <source>rent received</source>
        <translation>rent received</translation>
    </message>
    <message>
        <source>rent due</source>
        <translation>rent due</translation>
    </message>
    <message>
        <source>rent overdue</source>
        <translation>rent overdue</translation>
    </message>
    <message>
        <source>listing open</source>
        <translation>listing open</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>chain alert</source>
        <translation>chain alert</translation>
    </message>
</context>
<context>
    <name>lj::gui::TimelineView</name>
    <message>
        <source>Click a mark to see the transaction that proves it.</source>
        <translation>Click a mark to see the transaction that proves it.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n asset(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n asset</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>registered %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s)</source>
        <translation>
            <numerusform>%n lease</numerusform>
            <numerusform>%n leases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lj::gui::TrustDialog</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Trust store</translation>
    </message>
    <message>
        <source>Exports are trusted only when they are signed with the keys the district distributed. Import the consortium file you received and compare the fingerprints with the paper copy.</source>
        <translation>Exports are trusted only when they are signed with the keys the district distributed. Import the consortium file you received and compare the fingerprints with the paper copy.</translation>
    </message>
    <message>
        <source>Chain / validator</source>
        <translation>Chain / validator</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Import consortium file…</source>
        <translation>Import consortium file…</translation>
    </message>
    <message>
        <source>quorum %1 of %2 · %3</source>
        <translation>quorum %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Import consortium file</source>
        <translation>Import consortium file</translation>
    </message>
    <message>
        <source>Consortium files (*.json)</source>
        <translation>Consortium files (*.json)</translation>
    </message>
    <message>
        <source>Not a consortium file</source>
        <translation>Not a consortium file</translation>
    </message>
</context>
<context>
    <name>lj::gui::VerificationModel</name>
    <message>
        <source>Verified and trusted</source>
        <translation>Verified and trusted</translation>
    </message>
    <message>
        <source>Verified (origin not checked: no trust store)</source>
        <translation>Verified (origin not checked: no trust store)</translation>
    </message>
    <message>
        <source>Verified but untrusted: unknown signing keys</source>
        <translation>Verified but untrusted: unknown signing keys</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Unreadable: %1</translation>
    </message>
    <message>
        <source>FORK at height %1: another export holds a different block</source>
        <translation>FORK at height %1: another export holds a different block</translation>
    </message>
    <message>
        <source>Broken at line %1: verified through height %2</source>
        <translation>Broken at line %1: verified through height %2</translation>
    </message>
    <message>
        <source>Broken at line %1: nothing verified</source>
        <translation>Broken at line %1: nothing verified</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algorithms</translation>
    </message>
    <message>
        <source>Heights</source>
        <translation>Heights</translation>
    </message>
    <message>
        <source>Blocks verified / total</source>
        <translation>Blocks verified / total</translation>
    </message>
    <message>
        <source>Transactions verified / total</source>
        <translation>Transactions verified / total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>lj::gui::VerificationView</name>
    <message>
        <source>Open a ledger export (.sle) to verify it.</source>
        <translation>Open a ledger export (.sle) to verify it.</translation>
    </message>
    <message>
        <source>FORK at height %1: %2 holds block %3…, %4 holds block %5…. Some node rewrote history; keep both files as evidence.</source>
        <translation>FORK at height %1: %2 holds block %3…, %4 holds block %5…. Some node rewrote history; keep both files as evidence.</translation>
    </message>
    <message>
        <source>%1 continues %2.</source>
        <translation>%1 continues %2.</translation>
    </message>
    <message>
        <source>%1: no findings — every line, hash, Merkle root and signature checked.</source>
        <translation>%1: no findings — every line, hash, Merkle root and signature checked.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)</source>
        <translation>
            <numerusform>%1: %n finding</numerusform>
            <numerusform>%1: %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lj::gui::VisitsView</name>
    <message>
        <source>Print plan…</source>
        <translation>Print plan…</translation>
    </message>
    <message>
        <source>Export field report…</source>
        <translation>Export field report…</translation>
    </message>
    <message>
        <source>Import field report…</source>
        <translation>Import field report…</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Ledger as of:</source>
        <translation>Ledger as of:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ledger state</source>
        <translation>Ledger state</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>What was seen on site</source>
        <translation>What was seen on site</translation>
    </message>
    <message>
        <source>Who uses it (name or id)</source>
        <translation>Who uses it (name or id)</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>Attach photos…</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>Ledger:</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <source>Observed state:</source>
        <translation>Observed state:</translation>
    </message>
    <message>
        <source>Occupant:</source>
        <translation>Occupant:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Photos:</translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation>Inspector:</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Attach photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Print visit plan</source>
        <translation>Print visit plan</translation>
    </message>
    <message>
        <source>visit-plan.pdf</source>
        <translation>visit-plan.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open an investigation workspace first.</source>
        <translation>Open an investigation workspace first.</translation>
    </message>
    <message>
        <source>Field report folder</source>
        <translation>Field report folder</translation>
    </message>
    <message>
        <source>field-report</source>
        <translation>field-report</translation>
    </message>
    <message>
        <source>Inspector&apos;s key to sign with</source>
        <translation>Inspector&apos;s key to sign with</translation>
    </message>
    <message>
        <source>Private keys (*.key)</source>
        <translation>Private keys (*.key)</translation>
    </message>
    <message>
        <source>Wrote field report %1: %2 observation(s), %3 photo(s)%4</source>
        <translation>Wrote field report %1: %2 observation(s), %3 photo(s)%4</translation>
    </message>
    <message>
        <source> — not signed: other workstations will refuse it</source>
        <translation> — not signed: other workstations will refuse it</translation>
    </message>
    <message>
        <source>This field report was already imported: nothing added.</source>
        <translation>This field report was already imported: nothing added.</translation>
    </message>
    <message>
        <source>Imported %1 observation(s) signed with key %2; %3 about assets or projects not in this ledger.</source>
        <translation>Imported %1 observation(s) signed with key %2; %3 about assets or projects not in this ledger.</translation>
    </message>
    <message>
        <source>Observations are saved in an investigation workspace: open one (or save the exports as one) to record.</source>
        <translation>Observations are saved in an investigation workspace: open one (or save the exports as one) to record.</translation>
    </message>
    <message>
        <source>Choose an item of the checklist.</source>
        <translation>Choose an item of the checklist.</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <source>Open an investigation workspace to record observations.</source>
        <translation>Open an investigation workspace to record observations.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Choose the observed state first, then attach photos.</source>
        <translation>Choose the observed state first, then attach photos.</translation>
    </message>
    <message>
        <source>Attached %1 photo(s).</source>
        <translation>Attached %1 photo(s).</translation>
    </message>
    <message>
        <source>Choose a village first.</source>
        <translation>Choose a village first.</translation>
    </message>
    <message>
        <source>Wrote the visit plan to %1.</source>
        <translation>Wrote the visit plan to %1.</translation>
    </message>
</context>
</TS>
