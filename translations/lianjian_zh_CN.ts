<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>assembled from findings</source>
        <translation>由问题汇编</translation>
    </message>
    <message>
        <source>Case file · %1 · chain %2</source>
        <translation>案卷 · %1 · 链 %2</translation>
    </message>
    <message>
        <source>verified through block %1</source>
        <translation>已核验至区块 %1</translation>
    </message>
    <message>
        <source>no verified block</source>
        <translation>无已核验区块</translation>
    </message>
    <message>
        <source>broken after block %1</source>
        <translation>区块 %1 之后断裂</translation>
    </message>
    <message>
        <source>keys trusted</source>
        <translation>密钥可信</translation>
    </message>
    <message>
        <source>keys NOT trusted</source>
        <translation>密钥不可信</translation>
    </message>
    <message>
        <source>imported without a trust store</source>
        <translation>导入时未提供信任库</translation>
    </message>
    <message>
        <source>no verification finding</source>
        <translation>核验未发现问题</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>5. Evidence table</source>
        <translation>五、证据表</translation>
    </message>
    <message>
        <source>Every fact the findings cite, with the transaction that states it on the chain. “Proven”: its Merkle path, block hash and the validators&apos; quorum signatures were checked and the proof is in evidence.json. A fact that could not be proven is marked UNVERIFIED and must not be relied on without other proof.</source>
        <translation>列出问题所引用的每一项事实，以及在链上记载该事实的交易。“已证实”：其默克尔路径、区块哈希和验证节点法定签名均已核验，证明载于 evidence.json。无法证实的事实标为“未核验”，无其他证据佐证时不得采信。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>业务日期</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>来源系统</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>tx</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>6. Notes and review trail</source>
        <translation>六、办案笔记与审核记录</translation>
    </message>
    <message>
        <source>This file was assembled straight from findings, not from a registered case: there are no notes and no supervisor&apos;s review yet.</source>
        <translation>本案卷直接由问题汇编而成，并非来自已登记的案件：尚无办案笔记，也未经审核。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>办案笔记</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>无办案笔记。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review trail</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未审核。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Appendix: verification</source>
        <translation>附录：核验情况</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Algorithm suite</source>
        <translation>算法套件</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定签名数</translation>
    </message>
    <message>
        <source>%1 of %2 validators</source>
        <translation>%1/%2 个验证节点</translation>
    </message>
    <message>
        <source>unknown: the validator keys were not available</source>
        <translation>未知：无法获取验证节点密钥</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>可信性</translation>
    </message>
    <message>
        <source>Cited facts</source>
        <translation>引用事实</translation>
    </message>
    <message>
        <source>%1: %2 proven, %3 with untrusted keys, %4 unverified</source>
        <translation>共 %1 项：%2 项已证实，%3 项密钥不可信，%4 项未核验</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>验证节点</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
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
        <source>Exports</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>(file no longer at %1)</source>
        <translation>（文件已不在 %1）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>导出节点</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>How to re-verify</source>
        <translation>如何复核</translation>
    </message>
    <message>
        <source>On any computer with Lianjian, with no network, and with the district&apos;s consortium file obtained separately (never from this package):</source>
        <translation>在任何装有链鉴的计算机上，无需联网，使用另行取得的本区联盟文件（切勿取自本案卷包）运行：</translation>
    </message>
    <message>
        <source>The first checks manifest.json (each file&apos;s hash and the handler&apos;s signature) and every evidence item; the second re-checks each transaction&apos;s Merkle path to its block, the block hash and the validators&apos; signatures and quorum, and the keys against the consortium file.</source>
        <translation>第一条命令核对 manifest.json（各文件的哈希及承办人签名）和每一项证据；第二条命令重新核验每笔交易到其所在区块的默克尔路径、区块哈希、验证节点签名及法定签名数，并对照联盟文件核对密钥。</translation>
    </message>
    <message>
        <source>Findings on the three-capitals ledger of chain %1</source>
        <translation>链 %1 “三资”台账发现的问题</translation>
    </message>
    <message>
        <source>Lianjian · supervision of rural collective funds, assets and resources</source>
        <translation>链鉴 · 农村集体资金、资产、资源监管</translation>
    </message>
    <message>
        <source>CASE FILE</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>none (assembled from findings)</source>
        <translation>无（由问题汇编）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>not registered as a case</source>
        <translation>未登记为案件</translation>
    </message>
    <message>
        <source>Facts as of</source>
        <translation>事实截至</translation>
    </message>
    <message>
        <source>District chain</source>
        <translation>本区监管链</translation>
    </message>
    <message>
        <source>Export(s)</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Compiled</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Compiled by Lianjian from the signed ledger exports of the district&apos;s supervision chain. Every fact cited here carries its transaction id; the accompanying evidence.json proves each one offline (see the verification appendix).</source>
        <translation>本案卷由链鉴根据本区监管链的签名台账导出文件生成。文中引用的每一项事实均附有交易编号；随附的 evidence.json 可离线证明每一项事实（见核验附录）。</translation>
    </message>
    <message>
        <source>1. Lead summary</source>
        <translation>一、问题线索摘要</translation>
    </message>
    <message>
        <source>In the handler&apos;s words</source>
        <translation>承办人陈述</translation>
    </message>
    <message>
        <source>Findings that started it</source>
        <translation>引发线索的问题</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>2. Parties and relations</source>
        <translation>二、当事方及其关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Roles in this case</source>
        <translation>在本案中的角色</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Relationship diagram</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Red: the conflict path named by the findings (party … official).</source>
        <translation>红色：问题所指的利益冲突路径（当事方……干部）。</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Path of %1: %2</source>
        <translation>%1 的关系路径：%2</translation>
    </message>
    <message>
        <source>3. Asset timelines</source>
        <translation>三、资产时间线</translation>
    </message>
    <message>
        <source>The findings name no asset.</source>
        <translation>问题未涉及资产。</translation>
    </message>
    <message>
        <source>Type %1, category %2, collective %3; acquired %4, registered %5; as of %6.</source>
        <translation>类型 %1，类别 %2，所属集体 %3；%4 取得，%5 登记；截至 %6。</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未进场</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Lessee</source>
        <translation>承租方</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Rent a year</source>
        <translation>年租金</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>挂牌</translation>
    </message>
    <message>
        <source>4. Findings</source>
        <translation>四、发现的问题</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>规则内容</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Facts and thresholds used</source>
        <translation>相关事实与所用阈值</translation>
    </message>
    <message>
        <source>Relationship path</source>
        <translation>关系路径</translation>
    </message>
    <message>
        <source>Proving transactions</source>
        <translation>证明交易</translation>
    </message>
    <message>
        <source>Registration, status</source>
        <translation>登记、状态</translation>
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
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Chain alerts</source>
        <translation>链上预警</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
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
        <source>idle ≥ threshold</source>
        <translation>闲置达阈值</translation>
    </message>
    <message>
        <source>rent paid</source>
        <translation>租金已收</translation>
    </message>
    <message>
        <source>rent overdue</source>
        <translation>租金逾期</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>挂牌期</translation>
    </message>
    <message>
        <source>chain alert</source>
        <translation>链上预警</translation>
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
        <translation>导出案卷</translation>
    </message>
    <message>
        <source>%1 already exists. Replace the case package in it?</source>
        <translation>%1 已存在。是否替换其中的案卷包？</translation>
    </message>
    <message>
        <source>Assembling the case file…</source>
        <translation>正在汇编案卷……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The case file was not written: %1</source>
        <translation>案卷未能写入：%1</translation>
    </message>
    <message>
        <source>Case file written to %1 (case.pdf, case.odt, evidence.json, manifest.json).</source>
        <translation>案卷已写入 %1（case.pdf、case.odt、evidence.json、manifest.json）。</translation>
    </message>
</context>
<context>
    <name>CaseFileText</name>
    <message>
        <source>Drawing charts</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>正在生成 PDF</translation>
    </message>
    <message>
        <source>Writing the ODT</source>
        <translation>正在生成 ODT</translation>
    </message>
    <message>
        <source>Writing the evidence and the manifest</source>
        <translation>正在写入证据和清单</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>facts as of %1</source>
        <translation>事实截至 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>集体经济组织</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>proven</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>proven, keys not trusted</source>
        <translation>已证实，密钥不可信</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>no trust store given: keys checked against the export&apos;s own header only</source>
        <translation>未提供信任库：仅对照导出文件自身的文件头核对密钥</translation>
    </message>
    <message>
        <source>trusted: every key is in the trust store</source>
        <translation>可信：所有密钥均在信任库中</translation>
    </message>
    <message>
        <source>NOT trusted: keys are not in the trust store</source>
        <translation>不可信：密钥不在信任库中</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>conflict path</source>
        <translation>利益冲突路径</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Talk or letter inquiry</source>
        <translation>谈话函询</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>初步核实</translation>
    </message>
    <message>
        <source>Shelved pending investigation</source>
        <translation>暂存待查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>予以了结</translation>
    </message>
    <message>
        <source>Filed for review and investigation</source>
        <translation>立案审查</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Awaiting the supervisor</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Returned to the handler</source>
        <translation>已退回承办人</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>提出意见</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation>修改案件名称</translation>
    </message>
    <message>
        <source>Handler changed</source>
        <translation>变更承办人</translation>
    </message>
    <message>
        <source>State proposed</source>
        <translation>提请变更状态</translation>
    </message>
    <message>
        <source>Supervisor review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>保存办案笔记</translation>
    </message>
    <message>
        <source>Finding added</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Finding removed</source>
        <translation>移除问题</translation>
    </message>
    <message>
        <source>Entity added</source>
        <translation>添加实体</translation>
    </message>
    <message>
        <source>Entity removed</source>
        <translation>移除实体</translation>
    </message>
    <message>
        <source>Snapshot attached</source>
        <translation>附加快照</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>挂牌</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
</context>
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
    <message>
        <source>case WORKSPACE (list | show ID | new --title T --finding FID... | state ID STATE | note ID TEXT | review ID approve|return|comment [TEXT] | audit [ID] [--verify]) [--json] [--user NAME]   cases, their review and the audit trail</source>
        <translation>case 工作区 (list | show 编号 | new --title 名称 --finding 问题编号... | state 编号 状态 | note 编号 文本 | review 编号 approve|return|comment [文本] | audit [编号] [--verify]) [--json] [--user 姓名]   案件、审核及审计日志</translation>
    </message>
    <message>
        <source>a workspace and an action are needed</source>
        <translation>需要一个工作区和一个操作</translation>
    </message>
    <message>
        <source>unknown case action %1</source>
        <translation>未知案件操作 %1</translation>
    </message>
    <message>
        <source>who is acting? give --user NAME (USER is not set)</source>
        <translation>请指明操作人：使用 --user 姓名（未设置 USER 环境变量）</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>list takes no further argument</source>
        <translation>list 不接受其他参数</translation>
    </message>
    <message>
        <source>show needs one case id</source>
        <translation>show 需要一个案件编号</translation>
    </message>
    <message>
        <source>new takes --title and --finding</source>
        <translation>new 只接受 --title 和 --finding</translation>
    </message>
    <message>
        <source>a new case needs --title or at least one --finding</source>
        <translation>新建案件需要 --title 或至少一个 --finding</translation>
    </message>
    <message>
        <source>no finding %1 as of %2 (see findings --json)</source>
        <translation>截至 %2 不存在问题 %1（参见 findings --json）</translation>
    </message>
    <message>
        <source>state needs a case id and a state</source>
        <translation>state 需要案件编号和状态</translation>
    </message>
    <message>
        <source>unknown state %1 (inquiry, verification, pending, closed, filed)</source>
        <translation>未知状态 %1（可选 inquiry、verification、pending、closed、filed）</translation>
    </message>
    <message>
        <source>note needs a case id and the text</source>
        <translation>note 需要案件编号和笔记内容</translation>
    </message>
    <message>
        <source>review needs a case id, approve|return|comment and a text</source>
        <translation>review 需要案件编号、approve|return|comment 和意见内容</translation>
    </message>
    <message>
        <source>unknown review %1 (approve, return, comment)</source>
        <translation>未知审核意见 %1（可选 approve、return、comment）</translation>
    </message>
    <message>
        <source>audit takes at most one case id</source>
        <translation>audit 最多接受一个案件编号</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>awaiting the supervisor</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>returned to the handler</source>
        <translation>已退回承办人</translation>
    </message>
    <message>
        <source>no cases in the workspace</source>
        <translation>工作区中没有案件</translation>
    </message>
    <message>
        <source>handler %1, %2 finding(s), updated %3</source>
        <translation>承办人 %1，%2 项问题，更新于 %3</translation>
    </message>
    <message>
        <source>state: %1, %2</source>
        <translation>状态：%1，%2</translation>
    </message>
    <message>
        <source>(proposed by %1)</source>
        <translation>（由 %1 提请）</translation>
    </message>
    <message>
        <source>handler: %1; created %2 by %3; updated %4</source>
        <translation>承办人：%1；%3 创建于 %2；更新于 %4</translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation>实体：%1</translation>
    </message>
    <message>
        <source>snapshots: %1</source>
        <translation>快照：%1</translation>
    </message>
    <message>
        <source>reviews:</source>
        <translation>审核记录：</translation>
    </message>
    <message>
        <source>notes (version %1, saved %2 by %3):</source>
        <translation>办案笔记（第 %1 版，%3 保存于 %2）：</translation>
    </message>
    <message>
        <source>next states: %1</source>
        <translation>可转入状态：%1</translation>
    </message>
    <message>
        <source>audit log intact: %1 entries, %2 chain</source>
        <translation>审计日志完整：%1 条记录，%2 哈希链</translation>
    </message>
    <message>
        <source>audit log BROKEN at entry %1: %2</source>
        <translation>审计日志在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>casefile WORKSPACE (--case ID | --finding ID...) --out DIR [--sign KEY] [--trust FILE]... [--as-of DATE] [--settings FILE] [--force]   write a case file with its evidence</source>
        <translation>casefile 工作区 (--case 编号 | --finding 编号...) --out 目录 [--sign 密钥] [--trust 文件]... [--as-of 日期] [--settings 文件] [--force]   生成案卷及其证据</translation>
    </message>
    <message>
        <source>give either --case or --finding</source>
        <translation>请给出 --case 或 --finding 其中之一</translation>
    </message>
    <message>
        <source>rendering case files needs a QGuiApplication</source>
        <translation>生成案卷需要 QGuiApplication</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 已存在（使用 --force 可替换）</translation>
    </message>
    <message>
        <source>Wrote case file %1: case.pdf, case.odt, evidence.json, manifest.json</source>
        <translation>已写入案卷 %1：case.pdf、case.odt、evidence.json、manifest.json</translation>
    </message>
    <message>
        <source>%1 finding(s), %2 part(ies), %3 asset timeline(s), %4 cited fact(s): %5 proven, %6 with untrusted keys, %7 unverified</source>
        <translation>%1 项问题，%2 个当事方，%3 条资产时间线，引用 %4 项事实：%5 项已证实，%6 项密钥不可信，%7 项未核验</translation>
    </message>
    <message>
        <source>Manifest signed with key %1</source>
        <translation>清单已用密钥 %1 签名</translation>
    </message>
    <message>
        <source>UNVERIFIED: %1</source>
        <translation>未核验：%1</translation>
    </message>
    <message>
        <source>untrusted: %1</source>
        <translation>密钥不可信：%1</translation>
    </message>
    <message>
        <source>graph WORKSPACE (--ego ID [--hops N] | --path A B | --conflicts [--org ID]) [--as-of DATE] [--format json|graphml|dot|ftm] [--layout fr|kk|none]   the relationship graph: an entity&apos;s network, paths between two entities, conflict paths (exit 1 when any)</source>
        <translation>graph 工作区 (--ego 编号 [--hops 层数] | --path A B | --conflicts [--org 编号]) [--as-of 日期] [--format json|graphml|dot|ftm] [--layout fr|kk|none]   关系图谱：实体的关联网络、两个实体之间的路径、利益冲突路径（存在冲突路径时退出码为 1）</translation>
    </message>
    <message>
        <source>give exactly one of --ego, --path and --conflicts</source>
        <translation>--ego、--path 和 --conflicts 必须且只能给出其一</translation>
    </message>
    <message>
        <source>--path needs two entity ids</source>
        <translation>--path 需要两个实体编号</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>未知格式 %1</translation>
    </message>
    <message>
        <source>unknown layout %1</source>
        <translation>未知布局 %1</translation>
    </message>
    <message>
        <source>%1 needs a positive number</source>
        <translation>%1 需要正数</translation>
    </message>
    <message>
        <source>unknown edge type %1</source>
        <translation>未知关系类型 %1</translation>
    </message>
    <message>
        <source>no entity %1 in the workspace</source>
        <translation>工作区中没有实体 %1</translation>
    </message>
    <message>
        <source>most central entities (betweenness, degree):</source>
        <translation>核心实体（中介中心度，度数）：</translation>
    </message>
    <message>
        <source>relations:</source>
        <translation>关系：</translation>
    </message>
    <message numerus="yes">
        <source>%n tx(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <source>capped: the expansion stopped at a limit; not fully expanded: %1</source>
        <translation>已截断：展开达到上限后停止；未完全展开：%1</translation>
    </message>
    <message>
        <source>as of %1: %2 entities, %3 relations</source>
        <translation>截至 %1：%2 个实体，%3 条关系</translation>
    </message>
    <message>
        <source>no path between them under these filters</source>
        <translation>在当前筛选条件下，两者之间没有路径</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s):</source>
        <translation>
            <numerusform>%n 跳：</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflict path</source>
        <translation>未发现利益冲突路径</translation>
    </message>
    <message>
        <source>verify-case DIR [--trust CONSORTIUM.json]...   check a case package: manifest, signature, evidence</source>
        <translation>verify-case 目录 [--trust 联盟文件.json]...   核验案卷包：清单、签名、证据</translation>
    </message>
    <message>
        <source>give exactly one case folder</source>
        <translation>请只给出一个案卷目录</translation>
    </message>
    <message>
        <source>%1: %2 file(s) checked (%3), %4 evidence item(s)</source>
        <translation>%1：已核对 %2 个文件（%3），%4 项证据</translation>
    </message>
    <message>
        <source>not signed: the manifest proves integrity only together with a trusted copy of it</source>
        <translation>未签名：清单只有与其可信副本相对照才能证明完整性</translation>
    </message>
    <message>
        <source>signed with %1 key %2</source>
        <translation>已用 %1 密钥 %2 签名</translation>
    </message>
    <message>
        <source>evidence signed by trusted validator keys</source>
        <translation>证据由可信的验证节点密钥签名</translation>
    </message>
    <message>
        <source>evidence NOT signed by trusted validator keys</source>
        <translation>证据并非由可信的验证节点密钥签名</translation>
    </message>
    <message>
        <source>case package intact</source>
        <translation>案卷包完整</translation>
    </message>
    <message>
        <source>case package NOT intact</source>
        <translation>案卷包不完整</translation>
    </message>
    <message>
        <source>cases differ from the audit trail: %1</source>
        <translation>案件与审计日志记录不一致：%1</translation>
    </message>
    <message>
        <source>visit plan WORKSPACE (--org ID | --asset ID... | --project ID...) [--as-of DATE] --out FILE.pdf|FILE.json | visit record WORKSPACE --item ID --state S [--occupant X] [--notes T] [--photo FILE]... [--inspector NAME] [--date DATE] | visit list WORKSPACE [--json] | visit report WORKSPACE --out DIR [--sign KEY] [--inspector NAME] | visit import WORKSPACE REPORT_DIR [--trust-key PUB]   field visits</source>
        <translation>visit plan 工作区 (--org 编号 | --asset 编号... | --project 编号...) [--as-of 日期] --out 文件.pdf|文件.json | visit record 工作区 --item 编号 --state 状态 [--occupant 实际使用人] [--notes 备注] [--photo 文件]... [--inspector 姓名] [--date 日期] | visit list 工作区 [--json] | visit report 工作区 --out 目录 [--sign 密钥] [--inspector 姓名] | visit import 工作区 报告目录 [--trust-key 公钥]   现场走访核查</translation>
    </message>
    <message>
        <source>which visit action? plan, record, list, report or import</source>
        <translation>请指明走访核查操作：plan、record、list、report 或 import</translation>
    </message>
    <message>
        <source>unknown visit action %1</source>
        <translation>未知走访核查操作 %1</translation>
    </message>
    <message>
        <source>give --org, --asset or --project</source>
        <translation>请给出 --org、--asset 或 --project</translation>
    </message>
    <message>
        <source>--out must name a .pdf or a .json file</source>
        <translation>--out 必须指定 .pdf 或 .json 文件</translation>
    </message>
    <message>
        <source>rendering PDF needs a QGuiApplication</source>
        <translation>生成 PDF 需要 QGuiApplication</translation>
    </message>
    <message>
        <source>Wrote visit plan %1: %2 item(s), ledger as of %3</source>
        <translation>已写入走访核查清单 %1：共 %2 项，台账截至 %3</translation>
    </message>
    <message>
        <source>give --item and --state</source>
        <translation>请给出 --item 和 --state</translation>
    </message>
    <message>
        <source>who inspected? give --inspector NAME (USER is not set)</source>
        <translation>请指明核查人员：使用 --inspector 姓名（未设置 USER 环境变量）</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not %1</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是 %1</translation>
    </message>
    <message>
        <source>no asset or project %1 in the workspace&apos;s ledger</source>
        <translation>工作区台账中没有资产或项目 %1</translation>
    </message>
    <message>
        <source>Recorded observation %1: %2 %3, %4</source>
        <translation>已保存现场核查记录 %1：%2 %3，%4</translation>
    </message>
    <message>
        <source>(not in the ledger)</source>
        <translation>（台账中无此项）</translation>
    </message>
    <message>
        <source>Wrote field report %1 (id %2): %3 observation(s), %4 photo(s)</source>
        <translation>已写入现场核查报告 %1（编号 %2）：%3 条核查记录，%4 张照片</translation>
    </message>
    <message>
        <source>Not signed: another workstation will refuse to import it (use --sign KEY)</source>
        <translation>未签名：其他工作站将拒绝导入（请使用 --sign 密钥）</translation>
    </message>
    <message>
        <source>give a workspace and a field report folder</source>
        <translation>需要一个工作区和一个现场核查报告目录</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是目录</translation>
    </message>
    <message>
        <source>Field report %1 was already imported: nothing added</source>
        <translation>现场核查报告 %1 此前已导入：未添加任何内容</translation>
    </message>
    <message>
        <source>Imported field report %1 by %2, signed with key %3: %4 observation(s) added, %5 already here</source>
        <translation>已导入 %2 的现场核查报告 %1（签名密钥 %3）：新增 %4 条核查记录，%5 条已存在</translation>
    </message>
    <message>
        <source>The signing key was not compared with a trusted inspector key (use --trust-key PUB)</source>
        <translation>签名密钥未与核查人员的可信公钥比对（请使用 --trust-key 公钥）</translation>
    </message>
    <message>
        <source>%1 is not in this workspace&apos;s ledger: observation kept</source>
        <translation>%1 不在本工作区的台账中：核查记录已保留</translation>
    </message>
</context>
<context>
    <name>EntityFacts</name>
    <message>
        <source>unverified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>所属集体</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>ID digest</source>
        <translation>身份证号摘要</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>开户人</translation>
    </message>
    <message>
        <source>Collective or organisation</source>
        <translation>集体经济组织或单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>账面价值</translation>
    </message>
    <message>
        <source>Open its timeline</source>
        <translation>打开资产时间线</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>is %1 of</source>
        <translation>是…的%1</translation>
    </message>
    <message>
        <source>Shareholdings</source>
        <translation>持股</translation>
    </message>
    <message>
        <source>holds %1 of</source>
        <translation>持股 %1</translation>
    </message>
    <message>
        <source>held %1 by</source>
        <translation>股东持股 %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Legal representative of</source>
        <translation>担任法定代表人</translation>
    </message>
    <message>
        <source>Dealings</source>
        <translation>业务往来</translation>
    </message>
    <message>
        <source>Lease %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>支付 %1</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>%1 payments, %2 in all</source>
        <translation>%1 笔，合计 %2</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>竞租报名</translation>
    </message>
    <message>
        <source>Contractor of</source>
        <translation>承包项目</translation>
    </message>
    <message>
        <source>Findings naming it</source>
        <translation>涉及该对象的问题</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Not in any register</source>
        <translation>未见于任何登记</translation>
    </message>
    <message>
        <source>Show its relationship graph</source>
        <translation>查看其关系图谱</translation>
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
    <message>
        <source>Show it on the relationship graph</source>
        <translation>在关系图谱中查看</translation>
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
    <name>GraphText</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>集体经济组织</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unregistered id</source>
        <translation>未登记编号</translation>
    </message>
    <message>
        <source>Kinship</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>Shareholder</source>
        <translation>股东</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>开户人</translation>
    </message>
    <message>
        <source>Official role</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>共用信息</translation>
    </message>
    <message>
        <source>Lessee</source>
        <translation>承租方</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>承包方</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>竞买人</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Subsidy recipient</source>
        <translation>补贴对象</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>shares %1</source>
        <translation>共用%1</translation>
    </message>
    <message>
        <source>party secretary</source>
        <translation>党组织书记</translation>
    </message>
    <message>
        <source>director</source>
        <translation>村委会主任</translation>
    </message>
    <message>
        <source>deputy director</source>
        <translation>副主任</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>出纳</translation>
    </message>
    <message>
        <source>committee member</source>
        <translation>村委委员</translation>
    </message>
    <message>
        <source>supervisory committee</source>
        <translation>监委会成员</translation>
    </message>
    <message>
        <source>town official</source>
        <translation>乡镇干部</translation>
    </message>
    <message>
        <source>integrity monitor</source>
        <translation>廉情监督员</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>in-law</source>
        <translation>姻亲</translation>
    </message>
    <message>
        <source>other kin</source>
        <translation>其他亲属</translation>
    </message>
</context>
<context>
    <name>ProvenanceFetcher</name>
    <message>
        <source>Proof re-checked just now: Merkle path to the block&apos;s tx root, block hash and quorum signatures</source>
        <translation>证明刚刚已重新核验：到区块交易根的默克尔路径、区块哈希及法定签名</translation>
    </message>
    <message>
        <source>The proof checks out, but against validator keys the trust store does not hold</source>
        <translation>证明成立，但所用验证节点密钥不在信任库中</translation>
    </message>
    <message>
        <source>No proof:</source>
        <translation>无证明：</translation>
    </message>
    <message>
        <source>The raw record could not be read:</source>
        <translation>无法读取原始记录：</translation>
    </message>
    <message>
        <source>Raw record as signed</source>
        <translation>原始记录（签名原文）</translation>
    </message>
    <message>
        <source>Reading the raw record…</source>
        <translation>正在读取原始记录……</translation>
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
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %2 verified transactions from %n export(s)</source>
        <translation>
            <numerusform>工作区 %1：来自 %n 个导出文件的 %2 笔已核验交易</numerusform>
        </translation>
    </message>
    <message>
        <source> — some not signed by trusted keys</source>
        <translation> — 部分非可信密钥签名</translation>
    </message>
    <message>
        <source> — verified when imported (no trust store)</source>
        <translation> — 导入时已核验（未提供信任库）</translation>
    </message>
    <message>
        <source> — verified and trusted when imported</source>
        <translation> — 导入时已核验，来源可信</translation>
    </message>
    <message>
        <source>Opening workspace %1</source>
        <translation>正在打开工作区 %1</translation>
    </message>
    <message>
        <source>Importing %1 into the workspace</source>
        <translation>正在将 %1 导入工作区</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>Field visit checklist</source>
        <translation>走访核查清单</translation>
    </message>
    <message>
        <source>ledger facts as of %1; %2 item(s)</source>
        <translation>台账事实截至 %1；共 %2 项</translation>
    </message>
    <message>
        <source>Inspectors: ________________&#x3000;Date on site: ____________</source>
        <translation>核查人员：________________&#x3000;现场核查日期：____________</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>账面情况</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>核查要点</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>现场情况</translation>
    </message>
    <message>
        <source>Occupant</source>
        <translation>实际使用人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Field report</source>
        <translation>现场核查报告</translation>
    </message>
    <message>
        <source>Inspector: %1; made %2; chain %3</source>
        <translation>核查人员：%1；生成于 %2；链 %3</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>核查记录</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>核查人员</translation>
    </message>
    <message>
        <source>Photos (SHA-256)</source>
        <translation>照片（SHA-256）</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>used by the collective</source>
        <translation>集体自用</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>not found on site</source>
        <translation>现场未找到</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开工</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完工</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>资产</translation>
    </message>
</context>
<context>
    <name>lj::gui::CaseDetailView</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>从案件中移除</translation>
    </message>
    <message>
        <source>Attach timeline snapshot</source>
        <translation>附加时间线快照</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>On state</source>
        <translation>所涉状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Return to handler</source>
        <translation>退回承办人</translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>打开时间线</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>核验审计日志</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Handler&apos;s notes</source>
        <translation>办案笔记</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Propose:</source>
        <translation>提请：</translation>
    </message>
    <message>
        <source>Propose %1; the supervisor approves or returns it</source>
        <translation>提请转为“%1”，由审核人同意或退回</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <source>Comment, reasons for approving or returning</source>
        <translation>审核意见：同意或退回的理由</translation>
    </message>
    <message>
        <source>Handler %1 · created %2 by %3 · updated %4</source>
        <translation>承办人 %1 · %3 创建于 %2 · 更新于 %4</translation>
    </message>
    <message>
        <source>(proposed by %1)</source>
        <translation>（由 %1 提请）</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries, %1 hash chain</source>
        <translation>
            <numerusform>审计日志完整：%n 条记录，%1 哈希链</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>审计日志在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>关系图谱</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>The cases differ from what the audit trail records: %1</source>
        <translation>案件数据与审计日志记录不一致：%1</translation>
    </message>
</context>
<context>
    <name>lj::gui::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>lj::gui::CaseNotesEditor</name>
    <message>
        <source>Save notes</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <source>The handler&apos;s notes: what was checked, who was talked to, what is still open…</source>
        <translation>办案笔记：核查了什么、与谁谈过话、还有哪些待查……</translation>
    </message>
    <message>
        <source>Save the notes as a new version (Ctrl+S); every version is kept</source>
        <translation>将笔记保存为新版本（Ctrl+S）；所有版本均会保留</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3</source>
        <translation>第 %1 版，%3 保存于 %2</translation>
    </message>
    <message>
        <source>No saved version yet</source>
        <translation>尚无已保存的版本</translation>
    </message>
    <message>
        <source>Recovered unsaved notes from %1 — save or discard them. %2</source>
        <translation>已恢复 %1 的未保存笔记——请保存或放弃。%2</translation>
    </message>
    <message>
        <source>Unsaved changes (draft kept %1). %2</source>
        <translation>有未保存的修改（草稿已暂存于 %1）。%2</translation>
    </message>
    <message>
        <source>Unsaved changes. %1</source>
        <translation>有未保存的修改。%1</translation>
    </message>
</context>
<context>
    <name>lj::gui::CasesView</name>
    <message>
        <source>&lt;h3&gt;Cases are kept in an investigation workspace&lt;/h3&gt;&lt;p&gt;A workspace (.lianjian) is one file that holds the verified records of the exports, the cases made from their findings, the handler&apos;s notes, the supervisor&apos;s reviews and an audit trail of every change. Save the open exports as a workspace (it can live on a USB stick), or open an existing one with File → Open.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;案件保存在调查工作区中&lt;/h3&gt;&lt;p&gt;调查工作区（.lianjian）是一个文件，保存导出文件的已核验记录、据其问题建立的案件、承办人的办案笔记、审核意见以及每一处修改的审计日志。可将已打开的导出文件另存为调查工作区（可存放在U盘中），或通过“文件 → 打开”打开已有的工作区。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save as investigation workspace…</source>
        <translation>另存为调查工作区……</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>笔记未保存</translation>
    </message>
    <message>
        <source>The notes of case %1 have changes that are not saved as a version. Save them now?</source>
        <translation>案件 %1 的办案笔记有修改尚未保存为版本。是否现在保存？</translation>
    </message>
    <message>
        <source>Cases need an investigation workspace: save the exports as one first.</source>
        <translation>案件须保存在调查工作区中：请先将导出文件另存为调查工作区。</translation>
    </message>
    <message>
        <source>Select one or more findings first.</source>
        <translation>请先选择一项或多项问题。</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 created from %n finding(s).</source>
        <translation>
            <numerusform>已由 %n 项问题创建案件 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed: %1. It now awaits the supervisor&apos;s decision.</source>
        <translation>已提请：%1。现等待审核人决定。</translation>
    </message>
    <message>
        <source>Review recorded: %1 by %2.</source>
        <translation>已记录审核：%1（审核人 %2）。</translation>
    </message>
    <message>
        <source>%1: done. Edit → Undo reverts it.</source>
        <translation>%1：已完成。可通过“编辑 → 撤销”还原。</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>修改案件名称</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>编辑办案笔记</translation>
    </message>
    <message>
        <source>Remove finding %1</source>
        <translation>移除问题 %1</translation>
    </message>
    <message>
        <source>Snapshot of %1 attached.</source>
        <translation>已附加 %1 的快照。</translation>
    </message>
</context>
<context>
    <name>lj::gui::EntityInspector</name>
    <message>
        <source>Find a person, firm, account, asset or collective by name or id</source>
        <translation>按名称或编号查找人员、企业、账户、资产或集体经济组织</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Click a transaction to see its provenance.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;点击交易可查看其来源出处。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gathering what the ledger says about %1…</source>
        <translation>正在汇集台账中关于 %1 的记载……</translation>
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
    <message>
        <source>Export Case File…</source>
        <translation>导出案卷……</translation>
    </message>
    <message>
        <source>Write the selected findings as a case file (PDF, ODT) with verifiable evidence</source>
        <translation>将所选问题生成案卷（PDF、ODT），并附可核验的证据</translation>
    </message>
    <message>
        <source>Create case from selected findings…</source>
        <translation>由所选问题创建案件……</translation>
    </message>
    <message>
        <source>Create a case (案件) from the selected findings</source>
        <translation>由所选问题创建案件</translation>
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
        <source>Loading cancelled.</source>
        <translation>已取消载入。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) as of %1</source>
        <translation>
            <numerusform>截至 %1 共 %n 项问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>关系图谱</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>&amp;Open exports or workspace…</source>
        <translation>打开导出文件或工作区(&amp;O)……</translation>
    </message>
    <message>
        <source>Save as investigation &amp;workspace…</source>
        <translation>另存为调查工作区(&amp;W)……</translation>
    </message>
    <message>
        <source>Open ledger exports or an investigation workspace</source>
        <translation>打开台账导出文件或调查工作区</translation>
    </message>
    <message>
        <source>Exports and workspaces (*.sle *.sle.gz *.lianjian);;Ledger exports (*.sle *.sle.gz);;Investigation workspaces (*.lianjian);;All files (*)</source>
        <translation>导出文件和工作区 (*.sle *.sle.gz *.lianjian);;台账导出文件 (*.sle *.sle.gz);;调查工作区 (*.lianjian);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Your &amp;name in the audit trail…</source>
        <translation>审计日志中的署名(&amp;N)……</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Name recorded as the author of case changes:</source>
        <translation>记录为案件修改人的姓名：</translation>
    </message>
    <message>
        <source>Opened the workspace only; add exports to it with Save as investigation workspace.</source>
        <translation>仅打开了工作区；如需向其中加入导出文件，请使用“另存为调查工作区”。</translation>
    </message>
    <message>
        <source>Open ledger exports first: they are what the workspace is made of.</source>
        <translation>请先打开台账导出文件：工作区正是由它们构成的。</translation>
    </message>
    <message>
        <source>This is already an investigation workspace.</source>
        <translation>当前打开的已是调查工作区。</translation>
    </message>
    <message>
        <source>Open ledger exports first.</source>
        <translation>请先打开台账导出文件。</translation>
    </message>
    <message>
        <source>Save as investigation workspace</source>
        <translation>另存为调查工作区</translation>
    </message>
    <message>
        <source>Investigation workspaces (*.lianjian)</source>
        <translation>调查工作区 (*.lianjian)</translation>
    </message>
    <message>
        <source>Select one or more findings in the leads table first.</source>
        <translation>请先在问题线索表中选择一项或多项问题。</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <source>Cases are kept in an investigation workspace, one file with the verified records, the cases and their audit trail. Save the open exports as a workspace now?</source>
        <translation>案件保存在调查工作区中，即一个包含已核验记录、案件及其审计日志的文件。是否现在将已打开的导出文件另存为调查工作区？</translation>
    </message>
    <message>
        <source>Case title:</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Field visits</source>
        <translation>走访核查</translation>
    </message>
    <message>
        <source>V01: %1</source>
        <translation>V01：%1</translation>
    </message>
    <message>
        <source>There is no picture to attach yet.</source>
        <translation>尚无可附加的图谱。</translation>
    </message>
    <message>
        <source>Cases live in a workspace: open or save one, select a case on the Cases page, then attach the picture.</source>
        <translation>案件保存在调查工作区中：请先打开或保存工作区，在“案件”页选择一个案件，然后再附加图谱。</translation>
    </message>
    <message>
        <source>The picture is attached to the case selected on the Cases page.</source>
        <translation>图谱已附加到“案件”页所选的案件。</translation>
    </message>
</context>
<context>
    <name>lj::gui::RelationshipView</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>重新布局</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>导出图片……</translation>
    </message>
    <message>
        <source>Ego network</source>
        <translation>关联网络</translation>
    </message>
    <message>
        <source>Paths between two entities</source>
        <translation>两实体间路径</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Entity: name or id</source>
        <translation>实体：名称或编号</translation>
    </message>
    <message>
        <source>Second entity</source>
        <translation>第二个实体</translation>
    </message>
    <message>
        <source>Hops: </source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Force-directed (FR)</source>
        <translation>力导向（FR）</translation>
    </message>
    <message>
        <source>Kamada–Kawai (small graphs)</source>
        <translation>Kamada–Kawai（适用于小图）</translation>
    </message>
    <message>
        <source>Add the selected entity&apos;s direct relations to the picture</source>
        <translation>将所选实体的直接关系加入图中</translation>
    </message>
    <message>
        <source>Remove the selected entity from the picture</source>
        <translation>从图中移除所选实体</translation>
    </message>
    <message>
        <source>Lay the picture out again; entities you dragged stay where you put them</source>
        <translation>重新布局；已拖动过的实体保持原位</translation>
    </message>
    <message>
        <source>Paths (shortest first)</source>
        <translation>路径（最短优先）</translation>
    </message>
    <message>
        <source>Collective (empty: all)</source>
        <translation>集体经济组织（留空为全部）</translation>
    </message>
    <message numerus="yes">
        <source>%n entities in the graph</source>
        <translation>
            <numerusform>图谱中共有 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the relationship graph…</source>
        <translation>正在构建关系图谱……</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>正在布局……</translation>
    </message>
    <message>
        <source>No such entity in the graph: %1</source>
        <translation>图谱中没有该实体：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): </source>
        <translation>
            <numerusform>%n 跳：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n 条关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paths</source>
        <translation>
            <numerusform>%n 条路径</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>capped: %n entities not fully expanded</source>
        <translation>
            <numerusform>已截断：%n 个实体未完全展开</numerusform>
        </translation>
    </message>
    <message>
        <source>no path</source>
        <translation>无路径</translation>
    </message>
    <message numerus="yes">
        <source>%n entities shown</source>
        <translation>
            <numerusform>显示 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>关系图谱</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>relationship-graph.png</source>
        <translation>relationship-graph.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;In this picture: %1 relations, betweenness %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本图中：%1 条关系，中介中心度 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inspect this entity</source>
        <translation>查看该实体</translation>
    </message>
    <message>
        <source>Centre the graph here</source>
        <translation>以此为中心显示图谱</translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation>关系（%1）</translation>
    </message>
    <message>
        <source>&lt;p&gt;… and %1 more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;……另有 %1 项。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Dealings:</source>
        <translation>往来：</translation>
    </message>
    <message>
        <source>Attach to case</source>
        <translation>附加到案件</translation>
    </message>
    <message>
        <source>Keep this picture, with the transactions behind every relation, in the case selected on the Cases page</source>
        <translation>将此图谱（连同每条关系所依据的交易）保存到“案件”页所选的案件中</translation>
    </message>
    <message>
        <source>conflicts, every collective</source>
        <translation>利益冲突（全部集体经济组织）</translation>
    </message>
    <message>
        <source>conflicts of %1</source>
        <translation>%1 的利益冲突</translation>
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
<context>
    <name>lj::gui::VisitsView</name>
    <message>
        <source>Print plan…</source>
        <translation>打印核查清单……</translation>
    </message>
    <message>
        <source>Export field report…</source>
        <translation>导出现场核查报告……</translation>
    </message>
    <message>
        <source>Import field report…</source>
        <translation>导入现场核查报告……</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>村：</translation>
    </message>
    <message>
        <source>Ledger as of:</source>
        <translation>台账截至：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>核查项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ledger state</source>
        <translation>账面状态</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>现场情况</translation>
    </message>
    <message>
        <source>What was seen on site</source>
        <translation>现场所见情况</translation>
    </message>
    <message>
        <source>Who uses it (name or id)</source>
        <translation>实际使用人（姓名或编号）</translation>
    </message>
    <message>
        <source>Attach photos…</source>
        <translation>附加照片……</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>账面情况：</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>核查要点：</translation>
    </message>
    <message>
        <source>Observed state:</source>
        <translation>现场状态：</translation>
    </message>
    <message>
        <source>Occupant:</source>
        <translation>实际使用人：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation>核查人员：</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>附加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Print visit plan</source>
        <translation>打印走访核查清单</translation>
    </message>
    <message>
        <source>visit-plan.pdf</source>
        <translation>visit-plan.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Open an investigation workspace first.</source>
        <translation>请先打开调查工作区。</translation>
    </message>
    <message>
        <source>Field report folder</source>
        <translation>现场核查报告目录</translation>
    </message>
    <message>
        <source>field-report</source>
        <translation>field-report</translation>
    </message>
    <message>
        <source>Inspector&apos;s key to sign with</source>
        <translation>用于签名的核查人员私钥</translation>
    </message>
    <message>
        <source>Private keys (*.key)</source>
        <translation>私钥 (*.key)</translation>
    </message>
    <message>
        <source>Wrote field report %1: %2 observation(s), %3 photo(s)%4</source>
        <translation>已写入现场核查报告 %1：%2 条核查记录，%3 张照片%4</translation>
    </message>
    <message>
        <source> — not signed: other workstations will refuse it</source>
        <translation> — 未签名：其他工作站将拒绝导入</translation>
    </message>
    <message>
        <source>This field report was already imported: nothing added.</source>
        <translation>该现场核查报告此前已导入：未添加任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 observation(s) signed with key %2; %3 about assets or projects not in this ledger.</source>
        <translation>已导入 %1 条以密钥 %2 签名的核查记录；其中 %3 条涉及本台账中没有的资产或项目。</translation>
    </message>
    <message>
        <source>Observations are saved in an investigation workspace: open one (or save the exports as one) to record.</source>
        <translation>现场核查记录保存在调查工作区中：请先打开调查工作区（或将导出文件另存为调查工作区）再进行记录。</translation>
    </message>
    <message>
        <source>Choose an item of the checklist.</source>
        <translation>请在核查清单中选择一项。</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— 未记录 —</translation>
    </message>
    <message>
        <source>Open an investigation workspace to record observations.</source>
        <translation>请打开调查工作区以记录现场核查情况。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Choose the observed state first, then attach photos.</source>
        <translation>请先选择现场状态，再附加照片。</translation>
    </message>
    <message>
        <source>Attached %1 photo(s).</source>
        <translation>已附加 %1 张照片。</translation>
    </message>
    <message>
        <source>Choose a village first.</source>
        <translation>请先选择村。</translation>
    </message>
    <message>
        <source>Wrote the visit plan to %1.</source>
        <translation>已将走访核查清单写入 %1。</translation>
    </message>
</context>
</TS>
