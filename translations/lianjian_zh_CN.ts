<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliText</name>
    <message>
        <source>cannot use trust file: %1</source>
        <translation>无法使用信任文件：%1</translation>
    </message>
    <message>
        <source>usage: lianjian-cli %1</source>
        <translation>用法：lianjian-cli %1</translation>
    </message>
    <message>
        <source>Lianjian (链鉴): offline verification of the three-capitals supervision chain&apos;s exports</source>
        <translation>链鉴：“三资”监管链导出文件的离线核验工具</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>options for every command: --lang zh_CN|en, --help</source>
        <translation>所有命令通用选项：--lang zh_CN|en，--help</translation>
    </message>
    <message>
        <source>exit status: 0 verified (and trusted when --trust is given), 1 findings, 2 usage or I/O error</source>
        <translation>退出状态：0 核验通过（给出 --trust 时且来源可信），1 发现问题，2 用法或读写错误</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>malformed line (carriage return, blank line, invalid UTF-8, no final LF, or over 16 MiB)</source>
        <translation>行格式错误（含回车符、空行、非法 UTF-8、缺少换行符或超过 16 MiB）</translation>
    </message>
    <message>
        <source>not a valid JSON object of a known line type</source>
        <translation>不是合法的 JSON 对象，或行类型未知</translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>格式版本不受支持</translation>
    </message>
    <message>
        <source>unknown algorithm suite</source>
        <translation>算法套件未知</translation>
    </message>
    <message>
        <source>invalid header</source>
        <translation>文件头无效</translation>
    </message>
    <message>
        <source>block height out of sequence (a block is missing or repeated)</source>
        <translation>区块高度不连续（有区块缺失或重复）</translation>
    </message>
    <message>
        <source>block does not link to the previous block (hash chain broken)</source>
        <translation>区块未与前一区块相连（哈希链断裂）</translation>
    </message>
    <message>
        <source>block time goes backwards</source>
        <translation>区块时间倒退</translation>
    </message>
    <message>
        <source>number of transactions differs from the block&apos;s tx_count</source>
        <translation>交易笔数与区块声明的 tx_count 不符</translation>
    </message>
    <message>
        <source>transactions do not match the block&apos;s Merkle root (altered, reordered or replaced)</source>
        <translation>交易与区块的默克尔根不符（被篡改、调换顺序或替换）</translation>
    </message>
    <message>
        <source>commit does not match its block</source>
        <translation>签名提交与所属区块不符</translation>
    </message>
    <message>
        <source>signature by someone who is not a validator</source>
        <translation>签名者不是本链的验证节点</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>block is not signed by a quorum of validators</source>
        <translation>区块签名未达到法定节点数</translation>
    </message>
    <message>
        <source>end line counts or last block hash do not match the file</source>
        <translation>结束行的计数或末区块哈希与文件不符</translation>
    </message>
    <message>
        <source>whole-file digest does not match (the file was altered)</source>
        <translation>全文件摘要不符（文件被改动过）</translation>
    </message>
    <message>
        <source>the exporter&apos;s signature is invalid</source>
        <translation>导出节点的签名无效</translation>
    </message>
    <message>
        <source>the file is truncated (no end line)</source>
        <translation>文件不完整（缺少结束行）</translation>
    </message>
    <message>
        <source>data after the end line</source>
        <translation>结束行之后还有数据</translation>
    </message>
    <message>
        <source>keys not in the trust store: origin unproven</source>
        <translation>密钥不在信任库中：来源未经证实</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不接受值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>evidence FILE --tx TXID... --out BUNDLE.json [--trust CONSORTIUM.json]...   cut verifiable evidence for transactions</source>
        <translation>evidence 文件 --tx 交易ID... --out 证据包.json [--trust 联盟文件.json]...   为指定交易截取可独立核验的证据</translation>
    </message>
    <message>
        <source>give exactly one export file</source>
        <translation>请只给出一个导出文件</translation>
    </message>
    <message>
        <source>no --tx given</source>
        <translation>缺少 --tx</translation>
    </message>
    <message>
        <source>no --out given</source>
        <translation>缺少 --out</translation>
    </message>
    <message>
        <source>Wrote %1 transaction(s) with their proofs to %2</source>
        <translation>已将 %1 笔交易及其证明写入 %2</translation>
    </message>
    <message>
        <source>⚠ The export is not signed by trusted keys: the evidence proves consistency, not origin.</source>
        <translation>⚠ 该导出文件不是由可信密钥签名的：证据只能证明内容一致，不能证明来源。</translation>
    </message>
    <message>
        <source>verify-evidence BUNDLE.json [--trust CONSORTIUM.json]... [--json]   check an evidence bundle offline</source>
        <translation>verify-evidence 证据包.json [--trust 联盟文件.json]... [--json]   离线核验证据包</translation>
    </message>
    <message>
        <source>give exactly one bundle file</source>
        <translation>请只给出一个证据包文件</translation>
    </message>
    <message>
        <source>Bundle    %1</source>
        <translation>证据包    %1</translation>
    </message>
    <message>
        <source>  Chain   %1</source>
        <translation>  链      %1</translation>
    </message>
    <message>
        <source>  Suite   %1</source>
        <translation>  算法    %1</translation>
    </message>
    <message>
        <source>height %1</source>
        <translation>高度 %1</translation>
    </message>
    <message>
        <source>✔ proven</source>
        <translation>✔ 已证实</translation>
    </message>
    <message>
        <source>✘ NOT proven</source>
        <translation>✘ 未能证实</translation>
    </message>
    <message>
        <source>  ⚠ Not signed by trusted keys: %1</source>
        <translation>  ⚠ 非可信密钥签名：%1</translation>
    </message>
    <message>
        <source>  Result  %1</source>
        <translation>  结论    %1</translation>
    </message>
    <message>
        <source>✔ every item is proven</source>
        <translation>✔ 所有条目均已证实</translation>
    </message>
    <message>
        <source>✘ the bundle does not prove its items</source>
        <translation>✘ 证据包未能证实其条目</translation>
    </message>
    <message>
        <source>keygen --suite sha256-ed25519|sha256-p256|sm3-sm2 --out PREFIX   make a key pair (PREFIX.key, PREFIX.pub)</source>
        <translation>keygen --suite sha256-ed25519|sha256-p256|sm3-sm2 --out 前缀   生成密钥对（前缀.key、前缀.pub）</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>多余的参数 %1</translation>
    </message>
    <message>
        <source>--suite must be sha256-ed25519, sha256-p256 or sm3-sm2</source>
        <translation>--suite 只能是 sha256-ed25519、sha256-p256 或 sm3-sm2</translation>
    </message>
    <message>
        <source>%1 exists; refusing to overwrite a key</source>
        <translation>%1 已存在；拒绝覆盖密钥</translation>
    </message>
    <message>
        <source>Private key  %1.key (keep it secret)</source>
        <translation>私钥    %1.key（请妥善保密）</translation>
    </message>
    <message>
        <source>Public key   %1.pub</source>
        <translation>公钥    %1.pub</translation>
    </message>
    <message>
        <source>Fingerprint  %1</source>
        <translation>指纹    %1</translation>
    </message>
    <message>
        <source>verify FILE... [--trust CONSORTIUM.json]... [--json]   check exports: signatures, hash chain, completeness, forks</source>
        <translation>verify 文件... [--trust 联盟文件.json]... [--json]   核验导出文件：签名、哈希链、完整性、分叉</translation>
    </message>
    <message>
        <source>no export file given</source>
        <translation>未给出导出文件</translation>
    </message>
    <message>
        <source>✘ UNREADABLE: %1</source>
        <translation>✘ 无法读取：%1</translation>
    </message>
    <message>
        <source>✘ BROKEN at line %1: only heights %2–%3 are verified</source>
        <translation>✘ 在第 %1 行断裂：仅高度 %2–%3 已核验</translation>
    </message>
    <message>
        <source>✘ BROKEN at line %1: no block is verified</source>
        <translation>✘ 在第 %1 行断裂：没有任何区块通过核验</translation>
    </message>
    <message>
        <source>⚠ VERIFIED BUT UNTRUSTED: the signing keys are not the district&apos;s</source>
        <translation>⚠ 内容核验通过，但来源不可信：签名密钥不是本区分发的密钥</translation>
    </message>
    <message>
        <source>✔ VERIFIED AND TRUSTED, with non-breaking findings</source>
        <translation>✔ 核验通过，来源可信（有不影响结论的问题）</translation>
    </message>
    <message>
        <source>✔ VERIFIED AND TRUSTED</source>
        <translation>✔ 核验通过，来源可信</translation>
    </message>
    <message>
        <source>✔ VERIFIED, with non-breaking findings (origin not checked: no trust store given)</source>
        <translation>✔ 核验通过（有不影响结论的问题；未提供信任库，来源未核对）</translation>
    </message>
    <message>
        <source>✔ VERIFIED (origin not checked: no trust store given)</source>
        <translation>✔ 核验通过（未提供信任库，来源未核对）</translation>
    </message>
    <message>
        <source>File      %1</source>
        <translation>文件      %1</translation>
    </message>
    <message>
        <source>  Suite   %1, quorum %2 of %3 validators</source>
        <translation>  算法    %1，法定签名 %2/%3 个验证节点</translation>
    </message>
    <message>
        <source>  Blocks  heights %1–%2: %3 blocks, %4 transactions</source>
        <translation>  区块    高度 %1–%2：共 %3 个区块、%4 笔交易</translation>
    </message>
    <message>
        <source>  Blocks  none</source>
        <translation>  区块    无</translation>
    </message>
    <message>
        <source>  Findings (%1)</source>
        <translation>  发现问题（%1 项）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>… and %1 more findings not shown</source>
        <translation>……另有 %1 项未显示</translation>
    </message>
    <message>
        <source>✘ FORK on chain %1 at height %2: the two exports hold different blocks there</source>
        <translation>✘ 分叉！链 %1 在高度 %2 处，两个导出文件的区块不同</translation>
    </message>
    <message>
        <source>  Some node rewrote history: treat both exports as evidence.</source>
        <translation>  有节点改写了历史：请将两个导出文件都作为证据保存。</translation>
    </message>
    <message>
        <source>%1 continues %2</source>
        <translation>%1 接续 %2</translation>
    </message>
</context>
</TS>
