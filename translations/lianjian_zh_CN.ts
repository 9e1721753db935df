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
    <message>
        <source>findings WORKSPACE [--as-of DATE] [--rule CODE]... [--settings FILE] [--json]   evaluate the warning rules (exit 1 when any finding)</source>
        <translation>findings 工作区 [--as-of 日期] [--rule 规则]... [--settings 文件] [--json]   运行预警规则（有问题时退出码为 1）</translation>
    </message>
    <message>
        <source>exactly one workspace is needed</source>
        <translation>需要且只需要一个工作区</translation>
    </message>
    <message>
        <source>unknown rule code %1</source>
        <translation>未知规则代码 %1</translation>
    </message>
    <message>
        <source>late registration</source>
        <translation>先交易后登记</translation>
    </message>
    <message>
        <source>idle asset</source>
        <translation>资产闲置</translation>
    </message>
    <message>
        <source>long-term lease</source>
        <translation>超长期合同</translation>
    </message>
    <message>
        <source>lease expiring</source>
        <translation>合同即将到期</translation>
    </message>
    <message>
        <source>expired lease still used</source>
        <translation>合同到期未续/超期占用</translation>
    </message>
    <message>
        <source>rent overdue</source>
        <translation>租金逾期</translation>
    </message>
    <message>
        <source>off-platform lease</source>
        <translation>未进场交易</translation>
    </message>
    <message>
        <source>rent below reserve or lower renewal</source>
        <translation>低价出租或降价续租</translation>
    </message>
    <message>
        <source>low participation</source>
        <translation>招租报名率低</translation>
    </message>
    <message>
        <source>bid collusion</source>
        <translation>围标串标迹象</translation>
    </message>
    <message>
        <source>large payment</source>
        <translation>大额支付</translation>
    </message>
    <message>
        <source>frequent payments</source>
        <translation>支付频率高</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超预算支付</translation>
    </message>
    <message>
        <source>over standard</source>
        <translation>超标准支付</translation>
    </message>
    <message>
        <source>split payments</source>
        <translation>拆分支付</translation>
    </message>
    <message>
        <source>cash settlement</source>
        <translation>现金结算</translation>
    </message>
    <message>
        <source>related-party payment</source>
        <translation>向关联方付款</translation>
    </message>
    <message>
        <source>project overdue</source>
        <translation>工程逾期</translation>
    </message>
    <message>
        <source>contract splitting</source>
        <translation>合同拆分</translation>
    </message>
    <message>
        <source>award anomaly</source>
        <translation>中标异常</translation>
    </message>
    <message>
        <source>cost overrun</source>
        <translation>超概算</translation>
    </message>
    <message>
        <source>official&apos;s kin</source>
        <translation>优亲厚友</translation>
    </message>
    <message>
        <source>business owner</source>
        <translation>经商办企业</translation>
    </message>
    <message>
        <source>asset holder</source>
        <translation>租赁集体资产</translation>
    </message>
    <message>
        <source>duplicate payment</source>
        <translation>重复发放</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>shared identity</source>
        <translation>身份混同</translation>
    </message>
    <message>
        <source>cross-system mismatch</source>
        <translation>跨系统不一致</translation>
    </message>
    <message>
        <source>chain alert not reproduced</source>
        <translation>链上预警未复现</translation>
    </message>
    <message>
        <source>observation contradicts ledger</source>
        <translation>账实不符</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>no findings as of %1</source>
        <translation>截至 %1 未发现问题</translation>
    </message>
    <message>
        <source>findings as of %1: %2</source>
        <translation>截至 %1 的问题：%2 项</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>path: %1</source>
        <translation>路径：%1</translation>
    </message>
    <message>
        <source>generate --villages N --seed S --suite SUITE --out FILE [--txs N] [--from DATE] [--to DATE]   write a synthetic district&apos;s export with planted cases and their answer key</source>
        <translation>generate --villages 村数 --seed 种子 --suite 算法 --out 文件 [--txs 交易数] [--from 日期] [--to 日期]   生成含预置案例及答案的模拟辖区导出文件</translation>
    </message>
    <message>
        <source>--villages needs a number of villages</source>
        <translation>--villages 需要村的数量</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed 需要非负整数</translation>
    </message>
    <message>
        <source>--txs needs a number of transactions</source>
        <translation>--txs 需要交易笔数</translation>
    </message>
    <message>
        <source>%1 needs a date YYYY-MM-DD</source>
        <translation>%1 需要 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 exists; refusing to overwrite it</source>
        <translation>%1 已存在；拒绝覆盖</translation>
    </message>
    <message>
        <source>Export       %1: %2 blocks, %3 transactions, %4 bytes</source>
        <translation>导出文件    %1：%2 个区块、%3 笔交易、%4 字节</translation>
    </message>
    <message>
        <source>Consortium   %1 (give it to verify and import as --trust)</source>
        <translation>联盟文件    %1（核验和导入时用 --trust 指定）</translation>
    </message>
    <message>
        <source>Keys         %1 (validators&apos; private keys: keep them out of releases)</source>
        <translation>密钥        %1（验证节点私钥：切勿随发布包分发）</translation>
    </message>
    <message>
        <source>Answer key   %1: %2 planted cases and look-alikes</source>
        <translation>答案        %1：%2 个预置案例及干扰项</translation>
    </message>
    <message>
        <source>verifying %1: %2%</source>
        <translation>正在核验 %1：%2%</translation>
    </message>
    <message>
        <source>importing %1: %2%</source>
        <translation>正在导入 %1：%2%</translation>
    </message>
    <message>
        <source>%1: REFUSED, fork at height %2: the workspace holds block hash %3, this export %4</source>
        <translation>%1：拒绝导入，高度 %2 处分叉：工作区中区块哈希为 %3，此导出文件为 %4</translation>
    </message>
    <message>
        <source>%1: refused: the workspace holds chain %2, this export is of chain %3 (%4)</source>
        <translation>%1：拒绝导入：工作区属于链 %2，此导出文件属于链 %3（%4）</translation>
    </message>
    <message>
        <source>%1: refused: the workspace is empty and this export starts at height %2; import the export that starts at height 0 first</source>
        <translation>%1：拒绝导入：工作区为空而此导出文件从高度 %2 开始；请先导入从高度 0 开始的导出文件</translation>
    </message>
    <message>
        <source>%1: refused: blocks %2 to %3 are missing between the workspace and this export; import the export that holds them first</source>
        <translation>%1：拒绝导入：工作区与此导出文件之间缺少高度 %2 至 %3 的区块；请先导入包含它们的导出文件</translation>
    </message>
    <message>
        <source>%1: refused: no block verified (line %2: %3)</source>
        <translation>%1：拒绝导入：没有区块通过核验（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>%1: refused: no block verified</source>
        <translation>%1：拒绝导入：没有区块通过核验</translation>
    </message>
    <message>
        <source>%1: cancelled; the workspace is unchanged</source>
        <translation>%1：已取消；工作区未改动</translation>
    </message>
    <message>
        <source>%1: nothing new: its %2 verified blocks are already in the workspace</source>
        <translation>%1：无新内容：其 %2 个已核验区块已在工作区中</translation>
    </message>
    <message>
        <source>%1: imported blocks %2–%3 (%4 blocks, %5 transactions)</source>
        <translation>%1：已导入高度 %2–%3 的区块（%4 个区块、%5 笔交易）</translation>
    </message>
    <message>
        <source>%1: %2 blocks already in the workspace were skipped</source>
        <translation>%1：跳过了工作区中已有的 %2 个区块</translation>
    </message>
    <message>
        <source>%1: verification broke at line %2 (%3): %4 later blocks were not imported</source>
        <translation>%1：核验在第 %2 行断裂（%3）：其后 %4 个区块未导入</translation>
    </message>
    <message>
        <source>%1: the export has findings; run lianjian-cli verify for details</source>
        <translation>%1：导出文件存在问题；详情请运行 lianjian-cli verify</translation>
    </message>
    <message>
        <source>%1: warning: signed by keys that are not in the trust store (origin unproven)</source>
        <translation>%1：警告：签名密钥不在信任库中（来源未经证实）</translation>
    </message>
    <message>
        <source>import WORKSPACE FILE... [--trust CONSORTIUM.json]...   verify exports and add their verified blocks to a workspace (created when absent); refuses forks</source>
        <translation>import 工作区 文件... [--trust 联盟文件.json]...   核验导出文件并将已核验区块加入工作区（不存在时自动创建）；拒绝分叉</translation>
    </message>
    <message>
        <source>a workspace and at least one export file are needed</source>
        <translation>需要一个工作区和至少一个导出文件</translation>
    </message>
    <message>
        <source>workspace %1: empty</source>
        <translation>工作区 %1：空</translation>
    </message>
    <message>
        <source>workspace %1: %2 blocks (heights 0–%3), %4 transactions</source>
        <translation>工作区 %1：%2 个区块（高度 0–%3）、%4 笔交易</translation>
    </message>
    <message>
        <source>leases:</source>
        <translation>租赁：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>lessee %1</source>
        <translation>承租人 %1</translation>
    </message>
    <message>
        <source>annual rent %1 yuan</source>
        <translation>年租金 %1 元</translation>
    </message>
    <message>
        <source>not publicly listed</source>
        <translation>未进场交易</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>挂牌 %1</translation>
    </message>
    <message>
        <source>terminated %1</source>
        <translation>%1 解除</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>在租</translation>
    </message>
    <message>
        <source>idle:</source>
        <translation>闲置：</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>still idle</source>
        <translation>仍在闲置</translation>
    </message>
    <message>
        <source>rent instalments:</source>
        <translation>租金分期：</translation>
    </message>
    <message>
        <source>due %1 yuan, received %2 yuan</source>
        <translation>应收 %1 元，已收 %2 元</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>asset %1 %2 (%3, %4), owned by %5</source>
        <translation>资产 %1 %2（%3，%4），所属 %5</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>%1 登记</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>disposed %1 (%2)</source>
        <translation>%1 处置（%2）</translation>
    </message>
    <message>
        <source>events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>timeline WORKSPACE ASSET [--as-of DATE] [--settings FILE] [--json]   one asset&apos;s history: leases, idle periods, rent instalments, every fact with its tx</source>
        <translation>timeline 工作区 资产 [--as-of 日期] [--settings 文件] [--json]   单项资产的历史：租赁、闲置期、租金分期，每一事实附链上交易</translation>
    </message>
    <message>
        <source>a workspace and one asset id are needed</source>
        <translation>需要一个工作区和一个资产编号</translation>
    </message>
    <message>
        <source>no record about asset %1 in the workspace</source>
        <translation>工作区中没有资产 %1 的记录</translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD, not %1</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是 %1</translation>
    </message>
    <message>
        <source>the workspace is empty: import an export first</source>
        <translation>工作区为空：请先导入导出文件</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>What the rule checks:</source>
        <translation>规则内容：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Facts and thresholds used</source>
        <translation>相关事实与所用阈值</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Relationship path</source>
        <translation>关系路径</translation>
    </message>
    <message>
        <source>Proofs on the chain</source>
        <translation>链上证明</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>来源系统</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transaction %1 is not among the verified records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;交易 %1 不在已核验的记录中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <source>Position in block</source>
        <translation>区块内序号</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Chain account</source>
        <translation>上链账户</translation>
    </message>
    <message>
        <source>Written to the chain</source>
        <translation>上链时间</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>in a verified block: hash chain, Merkle root and quorum signatures checked</source>
        <translation>位于已核验区块中：哈希链、默克尔根和法定签名均已核验</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>A QDate::toString format. Chinese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>late registration</source>
        <translation>先交易后登记</translation>
    </message>
    <message>
        <source>idle asset</source>
        <translation>资产闲置</translation>
    </message>
    <message>
        <source>long-term lease</source>
        <translation>超长期合同</translation>
    </message>
    <message>
        <source>lease expiring</source>
        <translation>合同即将到期</translation>
    </message>
    <message>
        <source>expired lease still used</source>
        <translation>合同到期未续/超期占用</translation>
    </message>
    <message>
        <source>rent overdue</source>
        <translation>租金逾期</translation>
    </message>
    <message>
        <source>off-platform lease</source>
        <translation>未进场交易</translation>
    </message>
    <message>
        <source>rent below reserve</source>
        <translation>低价出租</translation>
    </message>
    <message>
        <source>low participation</source>
        <translation>招租报名率低</translation>
    </message>
    <message>
        <source>bid collusion</source>
        <translation>围标串标迹象</translation>
    </message>
    <message>
        <source>large payment</source>
        <translation>大额支付</translation>
    </message>
    <message>
        <source>frequent payments</source>
        <translation>支付频率高</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超预算支付</translation>
    </message>
    <message>
        <source>over standard</source>
        <translation>超标准支付</translation>
    </message>
    <message>
        <source>split payments</source>
        <translation>拆分支付</translation>
    </message>
    <message>
        <source>cash settlement</source>
        <translation>现金结算</translation>
    </message>
    <message>
        <source>related-party payment</source>
        <translation>向关联方付款</translation>
    </message>
    <message>
        <source>project overdue</source>
        <translation>工程逾期</translation>
    </message>
    <message>
        <source>contract splitting</source>
        <translation>合同拆分</translation>
    </message>
    <message>
        <source>award anomaly</source>
        <translation>中标异常</translation>
    </message>
    <message>
        <source>cost overrun</source>
        <translation>超概算</translation>
    </message>
    <message>
        <source>subsidy to officials&apos; kin</source>
        <translation>优亲厚友</translation>
    </message>
    <message>
        <source>subsidy to a business owner</source>
        <translation>低保对象经商办企业</translation>
    </message>
    <message>
        <source>subsidy to a lessee of collective assets</source>
        <translation>低保对象租赁集体资产</translation>
    </message>
    <message>
        <source>duplicate subsidy</source>
        <translation>重复发放</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>shared identity</source>
        <translation>身份混同</translation>
    </message>
    <message>
        <source>cross-system mismatch</source>
        <translation>跨系统不一致</translation>
    </message>
    <message>
        <source>chain alert not reproduced</source>
        <translation>链上预警未复现</translation>
    </message>
    <message>
        <source>observation contradicts ledger</source>
        <translation>账实不符</translation>
    </message>
    <message>
        <source>A listing, contract or rent receipt is dated before the asset was registered.</source>
        <translation>资产登记之前就已挂牌、签订合同或收取租金。</translation>
    </message>
    <message>
        <source>An operating or resource asset has had no lease in force and no own use for at least the threshold number of days.</source>
        <translation>经营性或资源性资产连续无有效租赁合同、也未自用，达到阈值天数。</translation>
    </message>
    <message>
        <source>A lease runs longer than the threshold number of months.</source>
        <translation>租赁期限超过阈值月数。</translation>
    </message>
    <message>
        <source>A lease in force ends within the threshold number of days.</source>
        <translation>在租合同将在阈值天数内到期。</translation>
    </message>
    <message>
        <source>Rent was received, or the asset was in use, after its lease ended with no new lease in force.</source>
        <translation>合同到期且无新合同，仍收取租金或资产仍在使用。</translation>
    </message>
    <message>
        <source>A rent instalment was not covered by receipts within the threshold number of days after it fell due.</source>
        <translation>租金到期后超过阈值天数仍未足额收取。</translation>
    </message>
    <message>
        <source>A lease above the rent threshold, or longer than 36 months, was not publicly listed.</source>
        <translation>年租金达到阈值或期限超过 36 个月的租赁未进场公开交易。</translation>
    </message>
    <message>
        <source>The rent is below the listing&apos;s reserve, or lower than the previous lease to the same lessee.</source>
        <translation>成交租金低于挂牌底价，或续租租金低于同一承租人的上一份合同。</translation>
    </message>
    <message>
        <source>A listing closed with fewer registered bidders than the threshold.</source>
        <translation>挂牌截止时报名竞租人数少于阈值。</translation>
    </message>
    <message>
        <source>Bidders on one listing or project share a phone, deposit account, address or legal representative.</source>
        <translation>同一项目的竞买人共用电话、保证金账户、地址或法定代表人。</translation>
    </message>
    <message>
        <source>A single payment at or above the threshold.</source>
        <translation>单笔支付达到阈值。</translation>
    </message>
    <message>
        <source>Many payments from one collective to one payee within a short window.</source>
        <translation>同一集体在短期内向同一收款人多次付款。</translation>
    </message>
    <message>
        <source>A collective&apos;s payments in a budget category and year exceed the approved amount.</source>
        <translation>集体某预算科目年度支出超过批准金额。</translation>
    </message>
    <message>
        <source>A payment exceeds the standard set for its purpose.</source>
        <translation>支付金额超过该用途规定的标准。</translation>
    </message>
    <message>
        <source>Payments each below the large-payment threshold that together reach it within a short window.</source>
        <translation>多笔均低于大额标准的付款在短期内合计达到大额标准。</translation>
    </message>
    <message>
        <source>A receipt or payment settled in cash.</source>
        <translation>收款或付款以现金结算。</translation>
    </message>
    <message>
        <source>The payee, or the holder of the payee&apos;s account, is an official of the paying collective or related to one.</source>
        <translation>收款人或收款账户户主是付款集体的干部或其亲属。</translation>
    </message>
    <message>
        <source>A project was not completed by its planned end date.</source>
        <translation>工程项目到计划完工日期仍未竣工。</translation>
    </message>
    <message>
        <source>Projects below the tender threshold awarded to one contractor within a short window together reach the threshold.</source>
        <translation>短期内发包给同一承包方的多个低于招标限额的项目合计达到限额。</translation>
    </message>
    <message>
        <source>A single bidder, an award price within 1% of the budget, or one contractor winning most awards of a year.</source>
        <translation>仅一家投标、中标价与预算相差不足 1%，或同一承包方包揽当年多数项目。</translation>
    </message>
    <message>
        <source>The final cost exceeds the budget by more than the threshold percentage.</source>
        <translation>决算超出预算的比例大于阈值。</translation>
    </message>
    <message>
        <source>A subsidy recipient is an official of the paying village or a close relative of one.</source>
        <translation>补贴对象是发放村的干部或其近亲属。</translation>
    </message>
    <message>
        <source>A subsistence allowance recipient is a legal representative or shareholder of a firm.</source>
        <translation>低保对象是企业法定代表人或股东。</translation>
    </message>
    <message>
        <source>A subsistence allowance recipient holds a lease of a collective asset.</source>
        <translation>低保对象承租集体资产。</translation>
    </message>
    <message>
        <source>One programme paid one person twice for the same period.</source>
        <translation>同一项目在同一期间向同一人重复发放。</translation>
    </message>
    <message>
        <source>The lessee, contractor or winning bidder is connected to an official of the collective by kinship or ownership.</source>
        <translation>承租人、承包方或中标人与集体干部存在亲属或持股关系。</translation>
    </message>
    <message>
        <source>Parties that present as independent share an identity number, phone, bank account or address.</source>
        <translation>看似相互独立的各方共用身份证号、电话、银行账户或地址。</translation>
    </message>
    <message>
        <source>Records of different systems disagree, or name things that were never registered.</source>
        <translation>不同系统的记录不一致，或引用了从未登记的对象。</translation>
    </message>
    <message>
        <source>The chain&apos;s own alerts and this workstation&apos;s findings disagree.</source>
        <translation>链上智能合约的预警与本工作站的发现不一致。</translation>
    </message>
    <message>
        <source>What the inspection team saw on site contradicts the ledger.</source>
        <translation>巡察组现场所见与账面记录不符。</translation>
    </message>
    <message>
        <source>malformed line</source>
        <translation>行格式错误</translation>
    </message>
    <message>
        <source>not a valid JSON record</source>
        <translation>不是合法的 JSON 记录</translation>
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
        <source>block missing or out of sequence</source>
        <translation>区块缺失或顺序错误</translation>
    </message>
    <message>
        <source>hash chain broken</source>
        <translation>哈希链断裂</translation>
    </message>
    <message>
        <source>block time goes backwards</source>
        <translation>区块时间倒退</translation>
    </message>
    <message>
        <source>wrong number of transactions</source>
        <translation>交易笔数不符</translation>
    </message>
    <message>
        <source>transactions altered (Merkle root mismatch)</source>
        <translation>交易被改动（默克尔根不符）</translation>
    </message>
    <message>
        <source>commit does not match its block</source>
        <translation>签名提交与区块不符</translation>
    </message>
    <message>
        <source>signature by a non-validator</source>
        <translation>非验证节点签名</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>not signed by a quorum</source>
        <translation>签名未达法定数量</translation>
    </message>
    <message>
        <source>end line does not match the file</source>
        <translation>结束行与文件不符</translation>
    </message>
    <message>
        <source>file digest mismatch (file altered)</source>
        <translation>文件摘要不符（文件被改动）</translation>
    </message>
    <message>
        <source>exporter&apos;s signature invalid</source>
        <translation>导出节点签名无效</translation>
    </message>
    <message>
        <source>file truncated</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>data after the end line</source>
        <translation>结束行之后有数据</translation>
    </message>
    <message>
        <source>keys not in the trust store</source>
        <translation>密钥不在信任库中</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No export open</source>
        <translation>未打开导出文件</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s), %1 verified transactions</source>
        <translation>
            <numerusform>%n 个导出文件，%1 笔已核验交易</numerusform>
        </translation>
    </message>
    <message>
        <source> — FORK DETECTED</source>
        <translation> — 发现分叉</translation>
    </message>
    <message numerus="yes">
        <source> — %n export(s) broken</source>
        <translation>
            <numerusform> — %n 个导出文件断裂</numerusform>
        </translation>
    </message>
    <message>
        <source> — not signed by trusted keys</source>
        <translation> — 非可信密钥签名</translation>
    </message>
    <message>
        <source> — verified (no trust store)</source>
        <translation> — 已核验（未提供信任库）</translation>
    </message>
    <message>
        <source> — verified and trusted</source>
        <translation> — 已核验，来源可信</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>正在核验 %1</translation>
    </message>
    <message>
        <source>Loading verified records</source>
        <translation>正在载入已核验记录</translation>
    </message>
    <message>
        <source>Evaluating warning rules</source>
        <translation>正在运行预警规则</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>lj::gui::ExportFindingsModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>lj::gui::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>证明</translation>
    </message>
</context>
<context>
    <name>lj::gui::LeadsView</name>
    <message>
        <source>Dated</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Warnings and alarms</source>
        <translation>预警和报警</translation>
    </message>
    <message>
        <source>Alarms only</source>
        <translation>仅报警</translation>
    </message>
    <message>
        <source>Search findings, names, ids…</source>
        <translation>搜索问题、姓名、编号……</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Create case from this finding…</source>
        <translation>据此问题创建案件……</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>Findings per rule</source>
        <translation>各规则问题数</translation>
    </message>
    <message>
        <source>Findings per village (top 12)</source>
        <translation>各村问题数（前 12）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>lj::gui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Lianjian — three-capitals ledger investigation</source>
        <translation>链鉴 — 农村集体“三资”台账调查工作站</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Asset timelines</source>
        <translation>资产时间线</translation>
    </message>
    <message>
        <source>Open a ledger export (.sle) to begin.</source>
        <translation>请打开台账导出文件（.sle）开始工作。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open exports…</source>
        <translation>打开导出文件(&amp;O)……</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Trust store…</source>
        <translation>信任库(&amp;T)……</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lianjian</source>
        <translation>关于链鉴(&amp;A)</translation>
    </message>
    <message>
        <source>About Lianjian</source>
        <translation>关于链鉴</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lianjian 链鉴 %1&lt;/h3&gt;&lt;p&gt;Offline verification and investigation of the rural collective three-capitals supervision chain: signed exports, asset timelines, warning rules and evidence anyone can check.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;链鉴 %1&lt;/h3&gt;&lt;p&gt;农村集体“三资”监管链的离线核验与调查工具：签名导出文件、资产时间线、预警规则，以及任何人都能复核的证据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open ledger exports</source>
        <translation>打开台账导出文件</translation>
    </message>
    <message>
        <source>Ledger exports (*.sle *.sle.gz);;All files (*)</source>
        <translation>台账导出文件 (*.sle *.sle.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>已取消载入。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) as of %1</source>
        <translation>
            <numerusform>截至 %1 共 %n 项问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lj::gui::TimelineScene</name>
    <message>
        <source>/yr</source>
        <translation>/年</translation>
    </message>
    <message>
        <source>Lease %1 to %2, %3 – %4, %5 a year%6</source>
        <translation>合同 %1 出租给 %2，%3 至 %4，年租金 %5%6</translation>
    </message>
    <message>
        <source>, not publicly listed</source>
        <translation>，未进场交易</translation>
    </message>
    <message>
        <source>, listing %1</source>
        <translation>，挂牌 %1</translation>
    </message>
    <message>
        <source>Lease %1 ends %2</source>
        <translation>合同 %1 于 %2 到期</translation>
    </message>
    <message numerus="yes">
        <source>Idle %1 – %2%3: %n day(s)</source>
        <translation>
            <numerusform>闲置 %1 至 %2%3：共 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source> (still idle)</source>
        <translation>（仍在闲置）</translation>
    </message>
    <message>
        <source>Registration &amp; status</source>
        <translation>登记与状态</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>挂牌</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>Rent instalments</source>
        <translation>租金分期</translation>
    </message>
    <message>
        <source>Chain alerts</source>
        <translation>链上预警</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>%1 登记入账</translation>
    </message>
    <message>
        <source>Status %1 declared as of %2</source>
        <translation>%2 起申报状态为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing %1: %n bidder(s), reserve %2%3</source>
        <translation>
            <numerusform>挂牌 %1：%n 人报名，底价 %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>, won by %1</source>
        <translation>，由 %1 竞得</translation>
    </message>
    <message>
        <source>Rent %1 due %2: %3, received %4%5</source>
        <translation>合同 %1 租金 %2 到期：应收 %3，已收 %4%5</translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation> — 逾期</translation>
    </message>
    <message>
        <source>Chain alert %1 (%2): %3</source>
        <translation>链上预警 %1（%2）：%3</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>%1 registered %2</source>
        <translation>%1 于 %2 登记</translation>
    </message>
    <message>
        <source>Rent %1 due %2 overdue</source>
        <translation>合同 %1 的 %2 到期租金逾期</translation>
    </message>
    <message>
        <source>lease (listed)</source>
        <translation>租赁（进场）</translation>
    </message>
    <message>
        <source>lease (not listed)</source>
        <translation>租赁（未进场）</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>idle ≥ threshold (A02)</source>
        <translation>闲置达阈值（A02）</translation>
    </message>
    <message>
        <source>rent received</source>
        <translation>租金已收</translation>
    </message>
    <message>
        <source>rent due</source>
        <translation>租金应收</translation>
    </message>
    <message>
        <source>rent overdue</source>
        <translation>租金逾期</translation>
    </message>
    <message>
        <source>listing open</source>
        <translation>挂牌期</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>chain alert</source>
        <translation>链上预警</translation>
    </message>
</context>
<context>
    <name>lj::gui::TimelineView</name>
    <message>
        <source>Click a mark to see the transaction that proves it.</source>
        <translation>点击图上任一标记，查看证明它的链上交易。</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n asset(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：共 %n 项资产</numerusform>
        </translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>%1 登记</translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s)</source>
        <translation>
            <numerusform>%n 份租赁合同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lj::gui::TrustDialog</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>信任库</translation>
    </message>
    <message>
        <source>Exports are trusted only when they are signed with the keys the district distributed. Import the consortium file you received and compare the fingerprints with the paper copy.</source>
        <translation>只有用本区分发的密钥签名的导出文件才是可信的。请导入收到的联盟文件，并与纸质文本核对密钥指纹。</translation>
    </message>
    <message>
        <source>Chain / validator</source>
        <translation>链 / 验证节点</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Import consortium file…</source>
        <translation>导入联盟文件……</translation>
    </message>
    <message>
        <source>quorum %1 of %2 · %3</source>
        <translation>法定签名 %1/%2 · %3</translation>
    </message>
    <message>
        <source>Import consortium file</source>
        <translation>导入联盟文件</translation>
    </message>
    <message>
        <source>Consortium files (*.json)</source>
        <translation>联盟文件 (*.json)</translation>
    </message>
    <message>
        <source>Not a consortium file</source>
        <translation>不是联盟文件</translation>
    </message>
</context>
<context>
    <name>lj::gui::VerificationModel</name>
    <message>
        <source>Verified and trusted</source>
        <translation>已核验，来源可信</translation>
    </message>
    <message>
        <source>Verified (origin not checked: no trust store)</source>
        <translation>已核验（未提供信任库，来源未核对）</translation>
    </message>
    <message>
        <source>Verified but untrusted: unknown signing keys</source>
        <translation>已核验，但来源不可信：签名密钥未知</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>FORK at height %1: another export holds a different block</source>
        <translation>高度 %1 处分叉：另一导出文件中的区块不同</translation>
    </message>
    <message>
        <source>Broken at line %1: verified through height %2</source>
        <translation>在第 %1 行断裂：已核验至高度 %2</translation>
    </message>
    <message>
        <source>Broken at line %1: nothing verified</source>
        <translation>在第 %1 行断裂：无任何区块通过核验</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Heights</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Blocks verified / total</source>
        <translation>已核验区块 / 总数</translation>
    </message>
    <message>
        <source>Transactions verified / total</source>
        <translation>已核验交易 / 总数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>lj::gui::VerificationView</name>
    <message>
        <source>Open a ledger export (.sle) to verify it.</source>
        <translation>请打开台账导出文件（.sle）进行核验。</translation>
    </message>
    <message>
        <source>FORK at height %1: %2 holds block %3…, %4 holds block %5…. Some node rewrote history; keep both files as evidence.</source>
        <translation>高度 %1 处分叉：%2 中区块为 %3…，%4 中区块为 %5…。有节点改写了历史，请将两个文件都作为证据保存。</translation>
    </message>
    <message>
        <source>%1 continues %2.</source>
        <translation>%1 接续 %2。</translation>
    </message>
    <message>
        <source>%1: no findings — every line, hash, Merkle root and signature checked.</source>
        <translation>%1：未发现问题——每一行、哈希、默克尔根和签名均已核验。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)</source>
        <translation>
            <numerusform>%1：%n 项问题</numerusform>
        </translation>
    </message>
</context>
</TS>
