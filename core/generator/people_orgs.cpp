// Organisations, chain accounts, officials with their terms and declared families, villagers and
// firms with their legal representatives, shareholders and bank accounts.
#include "generator/district.h"
#include "generator/name_pools.h"

#include <array>
#include <cstdio>

namespace lj::gen {

namespace {

constexpr std::array<std::string_view, 8> kVillageRoles = {
    "party_secretary",  "director",         "accountant", "cashier",
    "committee_member", "committee_member", "supervisor", "integrity_monitor"};

std::string shortTownName(std::string_view town) {
    for (std::string_view suffix : {"街道", "镇"})
        if (town.size() > suffix.size() && town.substr(town.size() - suffix.size()) == suffix)
            return std::string(town.substr(0, town.size() - suffix.size()));
    return std::string(town);
}

} // namespace

District::District(const GeneratorOptions& options, Date historyStart)
    : m_options(options)
    , m_rng(options.seed)
    , m_sink(ChainClock(options.from, options.to, historyStart), hashAlgoOf(options.suite))
    , m_identity(options.suite, options.seed) {}

Date District::randomDay(Date first, Date last) {
    return first.addDays(m_rng.rangeInt(0, std::max(0, last.days - first.days)));
}

std::string Village::officialOn(std::string_view role, Date day) const {
    for (const Official& official : officials)
        if (official.role == role && official.from <= day && day <= official.to) return official.person;
    return {};
}

std::string District::nextId(std::string_view prefix, int year, int width) {
    const std::string key = std::string(prefix) + (year > 0 ? std::to_string(year) : std::string());
    const int number = ++m_counters[key];
    char digits[32];
    std::snprintf(digits, sizeof digits, "%0*d", width, number);
    if (year > 0) return key + "-" + digits;
    return std::string(prefix) + "-" + digits;
}

std::string District::newActor(const std::string& subject, Source system, Date known) {
    const std::string id = nextId("a", 0, 4);
    m_sink.add(Source::Platform, m_districtActors.count(0) ? districtActor(Source::Platform) : id,
               "actor.register",
               Body().str("id", id).str("subject", subject).str("system", std::string(sourceName(system))),
               known, m_rng);
    return id;
}

const std::string& District::actorFor(Source source, int village) const {
    const Village& v = m_villages[static_cast<std::size_t>(village)];
    const Town& town = m_towns[static_cast<std::size_t>(v.town)];
    switch (source) {
    case Source::Platform:
        return v.platformActor;
    case Source::Trading:
        return town.tradingActor;
    case Source::Funds:
        return town.fundsActor;
    case Source::Inventory:
        return town.inventoryActor;
    default:
        return districtActor(source);
    }
}

void District::buildOrganisations() {
    const Date known = historyStart();
    auto org = [&](const std::string& id, const std::string& name, std::string_view level,
                   const std::string& parent) {
        Body body;
        body.str("id", id).str("name", name).str("level", std::string(level)).strIf("parent", parent);
        m_sink.add(Source::Platform, m_districtActors.count(0) ? districtActor(Source::Platform) : "a-0001",
                   "org.register", body, known, m_rng);
    };
    org("320507", "苏州市相城区", "district", {});
    // The platform's own account comes first: it registers everything else.
    const std::pair<Source, std::string> districtSystems[] = {
        {Source::Platform, "320507-nyj"},     {Source::Trading, "320507-cqjy"},
        {Source::Civil, "320507-mzj"},        {Source::Business, "320507-scjgj"},
        {Source::SmartContract, "320507-jw"}, {Source::Funds, "320507-czj"},
        {Source::Inventory, "320507-nyj"}};
    for (const auto& [system, subject] : districtSystems)
        m_districtActors[static_cast<int>(system)] = newActor(subject, system, known);
    const std::pair<const char*, const char*> departments[] = {
        {"320507-jw", "相城区纪委监委"},          {"320507-nyj", "相城区农业农村局"},
        {"320507-czj", "相城区财政局"},           {"320507-mzj", "相城区民政局"},
        {"320507-scjgj", "相城区市场监督管理局"}, {"320507-cqjy", "相城区农村产权交易服务中心"}};
    for (const auto& [id, name] : departments)
        org(id, name, "department", "320507");

    const int villageCount = m_options.villages;
    const int townCount =
        std::min<int>(static_cast<int>(gen::towns().size()), std::max(1, (villageCount + 1) / 2));
    for (int t = 0; t < townCount; ++t) {
        const TownInfo& info = gen::towns()[static_cast<std::size_t>(t)];
        Town town;
        town.id = std::string(info.code);
        town.name = std::string(info.name);
        town.validatorId = std::string(info.validatorId);
        town.disciplineOrg = town.id + "-jgw";
        org(town.id, town.name, "town", "320507");
        org(town.id + "-czzc", town.name + "财政与资产管理局", "department", town.id);
        org(town.disciplineOrg, town.name + "纪工委", "department", town.id);
        town.tradingActor = newActor(town.id + "-czzc", Source::Trading, known);
        town.fundsActor = newActor(town.id + "-czzc", Source::Funds, known);
        town.inventoryActor = newActor(town.id + "-czzc", Source::Inventory, known);
        m_towns.push_back(std::move(town));
    }
    const auto names = villageNames();
    for (int i = 0; i < villageCount; ++i) {
        Village village;
        village.index = i;
        village.town = i % townCount;
        Town& town = m_towns[static_cast<std::size_t>(village.town)];
        char code[16];
        std::snprintf(code, sizeof code, "2%02d", static_cast<int>(town.villages.size()) + 1);
        village.id = town.id + code;
        village.name = std::string(names[static_cast<std::size_t>(i) % names.size()]);
        if (static_cast<std::size_t>(i) >= names.size()) village.name = "新" + village.name;
        village.townName = town.name;
        org(village.id, village.name, "village", town.id);
        village.platformActor = newActor(village.id, Source::Platform, known);
        town.villages.push_back(village.id);
        m_villages.push_back(std::move(village));
    }
    for (Village& village : m_villages)
        village.account = openAccount(village.id, Source::Funds, known, village.index);

    // District-wide suppliers.
    FirmSpec grid;
    grid.trade = "电力有限公司";
    grid.established = Date::fromCivil(2002, 1, 8);
    grid.known = known;
    grid.fullName = "国网江苏省电力有限公司苏州供电分公司";
    m_grid = registerFirm(grid);
    FirmSpec water = grid;
    water.trade = "水务发展有限公司";
    water.established = Date::fromCivil(2004, 6, 18);
    water.fullName = "苏州市相城水务发展有限公司";
    m_water = registerFirm(water);
    m_stationer = registerFirm(0, "办公用品有限公司", Date::fromCivil(2009, 3, 2), known);
    for (int t = 0; t < townCount; ++t) {
        Town& town = m_towns[static_cast<std::size_t>(t)];
        const int contractors = 3 + static_cast<int>(town.villages.size());
        for (int c = 0; c < contractors; ++c) {
            const auto trades = constructionTrades();
            const Date established = randomDay(Date::fromCivil(1998, 1, 1), Date::fromCivil(2012, 12, 31));
            // Contractors are based in the town's villages in turn.
            const int home = t + townCount * (c % static_cast<int>(town.villages.size()));
            town.contractors.push_back(
                registerFirm(home, trades[static_cast<std::size_t>(c) % trades.size()], established, known));
        }
    }
    for (Village& village : m_villages) {
        village.cleaningFirm =
            registerFirm(village.index, "保洁服务有限公司", Date::fromCivil(2010, 5, 6), known);
        village.greeningFirm =
            registerFirm(village.index, "绿化养护有限公司", Date::fromCivil(2011, 9, 16), known);
        for (int w = 0; w < 4; ++w)
            village.workers.push_back(newVillager(village.index, Source::Platform, known));
        for (int e = 0; e < 4; ++e)
            village.elderly.push_back(newVillager(village.index, Source::Platform, known, 80, 92));
    }
}

std::string District::registerPerson(int village, bool male, int birthYear, Source source, Date known,
                                     bool withAccount) {
    PersonSpec spec;
    spec.village = village;
    spec.male = male;
    spec.birthYear = birthYear;
    spec.source = source;
    spec.known = known;
    spec.withAccount = withAccount;
    return registerPerson(spec);
}

std::string District::registerPerson(const PersonSpec& spec) {
    const Village& v = m_villages[static_cast<std::size_t>(spec.village)];
    PersonInfo info;
    info.id = nextId("p", 0, 6);
    info.name = spec.name.empty() ? m_identity.personName(m_rng, spec.male) : spec.name;
    info.digest = spec.digest.empty()
                      ? m_identity.idDigest(m_identity.residentId(m_rng, spec.birthYear, spec.male))
                      : spec.digest;
    info.phone = spec.phone.empty() ? m_identity.mobilePhone() : spec.phone;
    info.address = spec.address.empty() ? m_identity.homeAddress(v.townName, v.name) : spec.address;
    info.village = spec.village;
    m_sink.add(spec.source, actorFor(spec.source, spec.village), "person.register",
               Body()
                   .str("id", info.id)
                   .str("name", info.name)
                   .str("id_digest", info.digest)
                   .str("org", v.id)
                   .str("phone", info.phone)
                   .str("address", info.address),
               spec.known, m_rng);
    const std::string id = info.id;
    m_persons.emplace(id, std::move(info));
    if (spec.withAccount) m_persons[id].account = openAccount(id, spec.source, spec.known, spec.village);
    return id;
}

std::string District::registerDuplicate(const std::string& original, Source source, Date known,
                                        bool withAccount) {
    // Another system's record of the same resident: same name and digest, its own contact data.
    const PersonInfo& copy = m_persons.at(original);
    PersonSpec spec;
    spec.village = copy.village;
    spec.source = source;
    spec.known = known;
    spec.withAccount = withAccount;
    spec.name = copy.name;
    spec.digest = copy.digest;
    return registerPerson(spec);
}

std::string District::openAccount(const std::string& holder, Source source, Date opened, int village) {
    const std::string id = nextId("acct", 0, 6);
    const std::string bank(m_rng.pick(banks()));
    m_sink.add(source == Source::Civil ? Source::Civil : Source::Funds,
               actorFor(source == Source::Civil ? Source::Civil : Source::Funds, village), "account.register",
               Body()
                   .str("id", id)
                   .str("bank", bank)
                   .str("number", m_identity.accountNumber(bank))
                   .str("holder", holder),
               opened, m_rng);
    return id;
}

std::string District::declareRelation(const std::string& a, const std::string& b, std::string_view relation,
                                      const std::string& declaredBy, Date declared) {
    const int village = m_persons.count(declaredBy) ? m_persons.at(declaredBy).village : 0;
    return m_sink.add(Source::Platform, actorFor(Source::Platform, std::max(0, village)), "relation.declare",
                      Body()
                          .str("a", a)
                          .str("b", b)
                          .str("relation", std::string(relation))
                          .str("declared_by", declaredBy)
                          .date("declared", declared),
                      declared, m_rng);
}

std::string District::addRelative(const std::string& person, std::string_view relation,
                                  const std::string& declaredBy, Date declared, int village, bool male,
                                  int birthYear) {
    const std::string relative = registerPerson(village, male, birthYear, Source::Platform, declared, false);
    declareRelation(person, relative, relation, declaredBy, declared);
    m_family[person].emplace_back(std::string(relation), relative);
    return relative;
}

std::string District::assignRole(const std::string& person, const std::string& org, std::string_view role,
                                 Date from, Date to, int village) {
    Village& v = m_villages[static_cast<std::size_t>(village)];
    if (org == v.id) v.officials.push_back({person, std::string(role), from, to});
    return m_sink.add(Source::Platform, actorFor(Source::Platform, village), "role.assign",
                      Body()
                          .str("person", person)
                          .str("org", org)
                          .str("role", std::string(role))
                          .date("from", from)
                          .date("to", to),
                      from, m_rng);
}

std::string District::registerOfficial(Village& village, Date known) {
    const bool male = m_rng.chance(70);
    const std::string person = registerPerson(village.index, male, known.year() - m_rng.rangeInt(35, 58),
                                              Source::Platform, known, false);
    declareFamily(person, village, known.addDays(m_rng.rangeInt(10, 40)));
    return person;
}

void District::declareFamily(const std::string& official, Village& village, Date declared) {
    const int year = declared.year();
    const bool male = m_rng.chance(50);
    addRelative(official, "spouse", official, declared, village.index, !male, year - m_rng.rangeInt(35, 58));
    // Each draw in its own statement: argument evaluation order is unspecified, and a seed must
    // give the same district whatever the compiler.
    auto relative = [&](std::string_view relation, int minAge, int maxAge) {
        const bool relativeMale = m_rng.chance(50);
        const int born = year - m_rng.rangeInt(minAge, maxAge);
        addRelative(official, relation, official, declared, village.index, relativeMale, born);
    };
    const int children = m_rng.rangeInt(1, 2);
    for (int c = 0; c < children; ++c)
        relative("child", 18, 30);
    if (m_rng.chance(50)) relative("sibling", 35, 60);
    if (m_rng.chance(30)) relative("parent", 70, 85);
}

void District::appointOfficials() {
    for (Village& village : m_villages)
        appointVillage(village);
    for (std::size_t t = 0; t < m_towns.size(); ++t) {
        const Town& town = m_towns[t];
        // Two town officials oversee the villages' affairs for the whole period.
        for (int k = 0; k < 2; ++k) {
            const std::string person = registerPerson(static_cast<int>(t), true, 1965 + m_rng.rangeInt(0, 15),
                                                      Source::Platform, historyStart(), false);
            m_sink.add(Source::Platform, districtActor(Source::Platform), "role.assign",
                       Body()
                           .str("person", person)
                           .str("org", town.id)
                           .str("role", "town_official")
                           .date("from", historyStart())
                           .date("to", Date::fromCivil(to().year() + 2, 12, 31)),
                       historyStart(), m_rng);
        }
    }
}

void District::appointVillage(Village& village) {
    // Three-year terms from the start of the history until after the export's end.
    std::map<std::size_t, std::string> holders; // role slot → person
    for (int year = historyStart().year(); year <= to().year(); year += 3) {
        const Date from = Date::fromCivil(year, 1, 1);
        const Date until = Date::fromCivil(year + 2, 12, 31);
        const Date known = std::min(from, to()).addDays(-m_rng.rangeInt(5, 20));
        for (std::size_t slot = 0; slot < kVillageRoles.size(); ++slot) {
            auto it = holders.find(slot);
            if (it == holders.end() || !m_rng.chance(70))
                it = holders.insert_or_assign(slot, registerOfficial(village, known)).first;
            assignRole(it->second, village.id, kVillageRoles[slot], from, until, village.index);
        }
    }
}

std::string District::registerFirm(int village, std::string_view trade, Date established, Date known) {
    FirmSpec spec;
    spec.village = village;
    spec.trade = std::string(trade);
    spec.established = established;
    spec.known = known;
    return registerFirm(spec);
}

std::string District::registerFirm(const FirmSpec& spec) {
    const Village& v = m_villages[static_cast<std::size_t>(spec.village)];
    FirmInfo firm;
    firm.id = nextId("f", 0, 5);
    firm.brand = spec.brand.empty() ? std::string(m_rng.pick(firmBrands())) : spec.brand;
    firm.name =
        !spec.fullName.empty() ? spec.fullName : "苏州" + shortTownName(v.townName) + firm.brand + spec.trade;
    if (spec.legalRep.empty()) {
        const bool male = m_rng.chance(75);
        firm.legalRep = registerPerson(spec.village, male, spec.established.year() - m_rng.rangeInt(28, 50),
                                       Source::Business, spec.known, false);
    } else {
        firm.legalRep = spec.legalRep;
    }
    firm.phone = spec.phone.empty() ? m_identity.landline() : spec.phone;
    firm.address = spec.address.empty() ? m_identity.businessAddress(v.townName, v.name) : spec.address;
    const bool cooperative = spec.trade.find("合作社") != std::string::npos;
    m_sink.add(Source::Business, districtActor(Source::Business), "firm.register",
               Body()
                   .str("id", firm.id)
                   .str("name", firm.name)
                   .str("uscc", m_identity.uscc(cooperative))
                   .str("legal_rep", firm.legalRep)
                   .str("address", firm.address)
                   .str("phone", firm.phone)
                   .date("established", spec.established),
               spec.known, m_rng);
    const std::string id = firm.id;
    const std::string rep = firm.legalRep;
    m_firms.emplace(id, std::move(firm));
    if (spec.legalRep.empty() && spec.founderHolds) {
        // The founder holds the majority; a partner, when there is one, the rest.
        const int founderShare = m_rng.chance(50) ? 10000 : 100 * m_rng.rangeInt(51, 90);
        addShareholder(id, rep, founderShare, spec.established, spec.known);
        if (founderShare < 10000) {
            const bool male = m_rng.chance(60);
            const std::string partner =
                registerPerson(spec.village, male, spec.established.year() - m_rng.rangeInt(28, 50),
                               Source::Business, spec.known, false);
            addShareholder(id, partner, 10000 - founderShare, spec.established, spec.known);
        }
    }
    m_firms[id].account = openAccount(id, Source::Funds, spec.known, spec.village);
    return id;
}

std::string District::relativeOf(const std::string& official, std::string_view relation, Date declared,
                                 int village) {
    for (const auto& [kind, relative] : m_family[official])
        if (kind == relation) return relative;
    const bool male = relation == "spouse" ? !m_rng.chance(70) : m_rng.chance(50);
    const int age = relation == "parent"  ? m_rng.rangeInt(72, 86)
                    : relation == "child" ? m_rng.rangeInt(22, 32)
                                          : m_rng.rangeInt(35, 58);
    return addRelative(official, relation, official, declared, village, male, declared.year() - age);
}

std::optional<Official> District::officialTerm(int village, std::string_view role, Date day) const {
    for (const Official& official : m_villages[static_cast<std::size_t>(village)].officials)
        if (official.role == role && official.from <= day && day <= official.to) return official;
    return std::nullopt;
}

std::string District::addShareholder(const std::string& firm, const std::string& holder, int shareBp,
                                     Date from, Date known) {
    return m_sink.add(
        Source::Business, districtActor(Source::Business), "firm.shareholder",
        Body().str("firm", firm).str("holder", holder).num("share_bp", shareBp).date("from", from), known,
        m_rng);
}

std::string District::newVillager(int village, Source source, Date known, int minAge, int maxAge) {
    const bool male = m_rng.chance(50);
    return registerPerson(village, male, known.year() - m_rng.rangeInt(minAge, maxAge), source, known);
}

} // namespace lj::gen
