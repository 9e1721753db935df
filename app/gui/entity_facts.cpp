#include "entity_facts.h"

#include "format.h"
#include "graph_text.h"

#include <QCoreApplication>
#include <algorithm>

namespace lj::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EntityFacts)
};

QString escape(const std::string& text) {
    return q(text).toHtmlEscaped();
}

// Builds the page section by section; each row is one fact with the transactions behind it.
class FactsPage {
public:
    explicit FactsPage(const Session& session)
        : m_session(session)
        , m_data(*session.dataset) {}

    QString link(const std::string& id) const {
        return QStringLiteral("<a href='entity:%1'>%2</a>").arg(escape(id), escape(m_data.nameOf(id)));
    }

    QString txs(const std::vector<TxRefId>& refs) const {
        QStringList links;
        for (const TxRefId ref : refs) {
            if (ref >= m_data.txs.size()) continue;
            const TxRef& tx = m_data.txs[ref];
            links << QStringLiteral("<a href='tx:%1'><code>%2…</code></a>%3")
                         .arg(q(tx.tx), q(tx.tx).left(10),
                              tx.verified ? QString()
                                          : QStringLiteral(" <b style='color:#b00'>%1</b>")
                                                .arg(Text::tr("unverified")));
        }
        return links.join(QLatin1Char(' '));
    }
    QString txs(TxRefId ref) const { return txs(std::vector<TxRefId>{ref}); }

    void heading(const QString& title, const QString& kind, const std::string& id) {
        m_html += QStringLiteral("<h2>%1</h2><p style='color:#555'>%2 · <code>%3</code></p>")
                      .arg(title.toHtmlEscaped(), kind, escape(id));
    }
    void section(const QString& title) {
        closeSection();
        m_sectionStart = m_html.size();
        m_rowsAtSectionStart = m_rows;
        m_html +=
            QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3' width='100%'>").arg(title);
        m_open = true;
    }
    void row(const QString& what, const QString& value, const QString& proof) {
        m_html += QStringLiteral("<tr><td style='color:#555' width='22%'>%1</td><td>%2</td><td "
                                 "align='right'><small>%3</small></td></tr>")
                      .arg(what, value, proof);
        ++m_rows;
    }
    void field(const QString& what, const std::string& value, const QString& proof = {}) {
        if (!value.empty()) row(what, escape(value), proof);
    }
    // Ends the open section; one without a single fact is left out.
    void closeSection() {
        if (!m_open) return;
        m_open = false;
        if (m_rows == m_rowsAtSectionStart)
            m_html.truncate(m_sectionStart);
        else
            m_html += QStringLiteral("</table>");
    }
    void raw(const QString& html) {
        closeSection();
        m_html += html;
    }
    int rows() const { return m_rows; }
    QString finish() {
        closeSection();
        return m_html;
    }

    const Dataset& data() const { return m_data; }
    const Session& session() const { return m_session; }

private:
    const Session& m_session;
    const Dataset& m_data;
    QString m_html;
    bool m_open = false;
    int m_rows = 0;
    qsizetype m_sectionStart = 0;
    int m_rowsAtSectionStart = 0;
};

QString dated(std::optional<Date> from, std::optional<Date> to) {
    if (!from && !to) return {};
    return QStringLiteral(" (%1–%2)")
        .arg(from ? Format::date(from) : QString(), to ? Format::date(to) : Text::tr("now"));
}

void personFacts(FactsPage& page, const Person& person) {
    page.heading(q(person.name), Text::tr("Person"), person.id);
    page.section(Text::tr("Register"));
    page.field(Text::tr("Name"), person.name, page.txs(person.refs));
    page.field(Text::tr("Collective"), person.org);
    page.field(Text::tr("Phone"), person.phone);
    page.field(Text::tr("Address"), person.address);
    page.field(Text::tr("ID digest"), person.idDigest.substr(0, 16));
}

void firmFacts(FactsPage& page, const Firm& firm) {
    page.heading(q(firm.name), Text::tr("Firm"), firm.id);
    page.section(Text::tr("Register"));
    page.field(Text::tr("Name"), firm.name, page.txs(firm.refs));
    page.field(Text::tr("USCC"), firm.uscc);
    if (!firm.legalRep.empty()) page.row(Text::tr("Legal representative"), page.link(firm.legalRep), {});
    page.field(Text::tr("Address"), firm.address);
    page.field(Text::tr("Phone"), firm.phone);
    if (firm.established) page.row(Text::tr("Established"), Format::date(firm.established), {});
}

void accountFacts(FactsPage& page, const Account& account) {
    page.heading(q(account.bank) + QLatin1Char(' ') + q(account.number), Text::tr("Bank account"),
                 account.id);
    page.section(Text::tr("Register"));
    page.field(Text::tr("Bank"), account.bank, page.txs(account.refs));
    page.field(Text::tr("Number"), account.number);
    if (!account.holder.empty()) page.row(Text::tr("Holder"), page.link(account.holder), {});
}

void orgFacts(FactsPage& page, const Org& org) {
    page.heading(q(org.name), Text::tr("Collective or organisation"), org.id);
    page.section(Text::tr("Register"));
    page.field(Text::tr("Name"), org.name, page.txs(org.refs));
    page.field(Text::tr("Level"), org.level);
    if (!org.parent.empty()) page.row(Text::tr("Part of"), page.link(org.parent), {});
}

void assetFacts(FactsPage& page, const Asset& asset) {
    page.heading(q(asset.name), Text::tr("Asset"), asset.id);
    page.section(Text::tr("Register"));
    page.field(Text::tr("Name"), asset.name, page.txs(asset.refs));
    if (!asset.org.empty()) page.row(Text::tr("Owner"), page.link(asset.org), {});
    page.field(Text::tr("Category"), asset.category);
    page.field(Text::tr("Type"), asset.type);
    if (asset.registered) page.row(Text::tr("Registered"), Format::date(asset.registered), {});
    if (asset.bookValue) page.row(Text::tr("Book value"), Format::money(*asset.bookValue), {});
    page.raw(QStringLiteral("<p><a href='timeline:%1'>%2</a></p>")
                 .arg(escape(asset.id), Text::tr("Open its timeline")));
}

void rolesAndRelations(FactsPage& page, const std::string& id) {
    const Dataset& data = page.data();
    page.section(Text::tr("Roles"));
    for (const Role& role : data.roles) {
        if (role.person == id)
            page.row(roleOrRelationText(role.role).toHtmlEscaped(),
                     page.link(role.org) + dated(role.from, role.to), page.txs(role.ref));
        else if (role.org == id)
            page.row(roleOrRelationText(role.role).toHtmlEscaped(),
                     page.link(role.person) + dated(role.from, role.to), page.txs(role.ref));
    }
    page.section(Text::tr("Relations"));
    for (const Relation& relation : data.relations) {
        if (relation.a == id)
            page.row(roleOrRelationText(relation.relation).toHtmlEscaped(), page.link(relation.b),
                     page.txs(relation.ref));
        else if (relation.b == id)
            page.row(Text::tr("is %1 of").arg(roleOrRelationText(relation.relation).toHtmlEscaped()),
                     page.link(relation.a), page.txs(relation.ref));
    }
    page.section(Text::tr("Shareholdings"));
    for (const Shareholding& holding : data.shareholdings) {
        const QString share =
            QStringLiteral("%1%").arg(static_cast<double>(holding.shareBp) / 100.0, 0, 'f', 2);
        if (holding.holder == id)
            page.row(Text::tr("holds %1 of").arg(share),
                     page.link(holding.firm) + dated(holding.from, holding.to), page.txs(holding.ref));
        else if (holding.firm == id)
            page.row(Text::tr("held %1 by").arg(share),
                     page.link(holding.holder) + dated(holding.from, holding.to), page.txs(holding.ref));
    }
    for (const auto& [accountId, account] : data.accounts)
        if (account.holder == id) page.row(Text::tr("Account"), page.link(accountId), page.txs(account.refs));
    for (const auto& [firmId, firm] : data.firms)
        if (firm.legalRep == id)
            page.row(Text::tr("Legal representative of"), page.link(firmId), page.txs(firm.refs));
}

void dealings(FactsPage& page, const std::string& id) {
    const Dataset& data = page.data();
    page.section(Text::tr("Dealings"));
    for (const auto& [contractId, contract] : data.contracts)
        if (contract.lessee == id || contract.lessor == id || contract.asset == id)
            page.row(Text::tr("Lease %1").arg(escape(contractId)),
                     page.link(contract.asset) + QStringLiteral(" → ") + page.link(contract.lesseeAsOf()) +
                         dated(contract.start, contract.endAsOf()) +
                         (contract.annualRent ? QStringLiteral(", %1/%2").arg(
                                                    Format::money(*contract.rentAsOf()), Text::tr("year"))
                                              : QString()),
                     page.txs(contract.refs));
    for (const auto& [paymentId, payment] : data.payments)
        if (payment.payee == id || payment.payeeAccount == id)
            page.row(Text::tr("Payment %1").arg(escape(paymentId)),
                     page.link(payment.org) + QStringLiteral(" → ") + Format::money(payment.amount) +
                         QLatin1Char(' ') + Format::date(payment.date) + QLatin1Char(' ') +
                         escape(payment.purpose),
                     page.txs(payment.refs));
    std::size_t subsidies = 0;
    std::int64_t subsidyTotal = 0;
    std::vector<TxRefId> subsidyRefs;
    for (const auto& [subsidyId, subsidy] : data.subsidies)
        if (subsidy.recipient == id) {
            ++subsidies;
            subsidyTotal += subsidy.amount;
            if (subsidyRefs.size() < 6)
                subsidyRefs.insert(subsidyRefs.end(), subsidy.refs.begin(), subsidy.refs.end());
        }
    if (subsidies > 0)
        page.row(Text::tr("Subsidies"),
                 Text::tr("%1 payments, %2 in all").arg(subsidies).arg(Format::money(subsidyTotal)),
                 page.txs(subsidyRefs));
    for (const Bid& bid : data.bids)
        if (bid.bidder == id)
            page.row(Text::tr("Bid"), escape(bid.listing) + QLatin1Char(' ') + Format::date(bid.date),
                     page.txs(bid.ref));
    for (const auto& [projectId, project] : data.projects)
        if (project.award && project.award->contractor == id)
            page.row(Text::tr("Contractor of"),
                     escape(project.name) + QLatin1Char(' ') + Format::date(project.award->date),
                     page.txs(project.award->ref));
}

void findings(FactsPage& page, const std::string& id) {
    QString list;
    for (const RuleFinding& finding : page.session().findings) {
        const bool named =
            std::find(finding.subjects.begin(), finding.subjects.end(), id) != finding.subjects.end() ||
            std::find(finding.path.begin(), finding.path.end(), id) != finding.path.end();
        if (named)
            list += QStringLiteral("<li><b>%1</b> %2 <small><code>%3</code></small></li>")
                        .arg(Format::ruleName(finding.rule), escape(finding.summary), escape(finding.id));
    }
    page.closeSection();
    page.raw(QStringLiteral("<h3>%1</h3>").arg(Text::tr("Findings naming it")));
    page.raw(list.isEmpty() ? QStringLiteral("<p>%1</p>").arg(Text::tr("None."))
                            : QStringLiteral("<ul>%1</ul>").arg(list));
}

} // namespace

QString entityFactsHtml(const Session& session, const std::string& id) {
    if (!session.dataset) return {};
    const Dataset& data = *session.dataset;
    FactsPage page(session);
    if (auto it = data.persons.find(id); it != data.persons.end())
        personFacts(page, it->second);
    else if (auto firm = data.firms.find(id); firm != data.firms.end())
        firmFacts(page, firm->second);
    else if (auto account = data.accounts.find(id); account != data.accounts.end())
        accountFacts(page, account->second);
    else if (auto org = data.orgs.find(id); org != data.orgs.end())
        orgFacts(page, org->second);
    else if (auto asset = data.assets.find(id); asset != data.assets.end())
        assetFacts(page, asset->second);
    else
        page.heading(q(id), Text::tr("Not in any register"), id);
    page.raw(QStringLiteral("<p><a href='graph:%1'>%2</a></p>")
                 .arg(escape(id), Text::tr("Show its relationship graph")));
    rolesAndRelations(page, id);
    dealings(page, id);
    findings(page, id);
    return page.finish();
}

QStringList entityChoices(const Dataset& data) {
    QStringList choices;
    const auto add = [&](const std::string& name, const std::string& id) {
        choices << q(name.empty() ? id : name) + QStringLiteral(" · ") + q(id);
    };
    for (const auto& [id, person] : data.persons)
        add(person.name, id);
    for (const auto& [id, firm] : data.firms)
        add(firm.name, id);
    for (const auto& [id, account] : data.accounts)
        add(account.bank + " " + account.number, id);
    for (const auto& [id, org] : data.orgs)
        add(org.name, id);
    for (const auto& [id, asset] : data.assets)
        add(asset.name, id);
    return choices;
}

} // namespace lj::gui
