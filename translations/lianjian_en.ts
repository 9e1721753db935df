<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliText</name>
    <message>
        <source>cannot use trust file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: lianjian-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lianjian (链鉴): offline verification of the three-capitals supervision chain&apos;s exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options for every command: --lang zh_CN|en, --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: 0 verified (and trusted when --trust is given), 1 findings, 2 usage or I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed line (carriage return, blank line, invalid UTF-8, no final LF, or over 16 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON object of a known line type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown algorithm suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block height out of sequence (a block is missing or repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block does not link to the previous block (hash chain broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block time goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of transactions differs from the block&apos;s tx_count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions do not match the block&apos;s Merkle root (altered, reordered or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit does not match its block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature by someone who is not a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block is not signed by a quorum of validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end line counts or last block hash do not match the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole-file digest does not match (the file was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exporter&apos;s signature is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (no end line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after the end line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys not in the trust store: origin unproven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence FILE --tx TXID... --out BUNDLE.json [--trust CONSORTIUM.json]...   cut verifiable evidence for transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no --tx given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no --out given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 transaction(s) with their proofs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The export is not signed by trusted keys: the evidence proves consistency, not origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-evidence BUNDLE.json [--trust CONSORTIUM.json]... [--json]   check an evidence bundle offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Chain   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Suite   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ NOT proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⚠ Not signed by trusted keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Result  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ every item is proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ the bundle does not prove its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keygen --suite sha256-ed25519|sha256-p256|sm3-sm2 --out PREFIX   make a key pair (PREFIX.key, PREFIX.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suite must be sha256-ed25519, sha256-p256 or sm3-sm2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; refusing to overwrite a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key  %1.key (keep it secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key   %1.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify FILE... [--trust CONSORTIUM.json]... [--json]   check exports: signatures, hash chain, completeness, forks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no export file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ UNREADABLE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ BROKEN at line %1: only heights %2–%3 are verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ BROKEN at line %1: no block is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ VERIFIED BUT UNTRUSTED: the signing keys are not the district&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ VERIFIED AND TRUSTED, with non-breaking findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ VERIFIED AND TRUSTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ VERIFIED, with non-breaking findings (origin not checked: no trust store given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ VERIFIED (origin not checked: no trust store given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Suite   %1, quorum %2 of %3 validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Blocks  heights %1–%2: %3 blocks, %4 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Blocks  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more findings not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ FORK on chain %1 at height %2: the two exports hold different blocks there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Some node rewrote history: treat both exports as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continues %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
