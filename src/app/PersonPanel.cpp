// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonPanel.h"

#include "CpdRecordTableModel.h"
#include "DisplayText.h"
#include "PostTableModel.h"
#include "QualificationTableModel.h"
#include "TrainingNotice.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace staffpath::app {

namespace {

// The post a person holds now: the newest without an end date, else the newest of all.
const Post* currentPost(const StaffRecord& record)
{
    for (const Post& post : record.posts) {
        if (!post.to) {
            return &post;
        }
    }
    return record.posts.empty() ? nullptr : &record.posts.front();
}

} // namespace

PersonPanel::PersonPanel(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_qualificationModel(new QualificationTableModel(this))
    , m_cpdModel(new CpdRecordTableModel(this))
    , m_postModel(new PostTableModel(this))
{
    setObjectName(QStringLiteral("personPanel"));
    setAccessibleName(tr("Staff record"));

    m_placeholderLabel->setObjectName(QStringLiteral("personPlaceholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setEnabled(false); // drawn in the palette's muted text colour

    m_stack->addWidget(m_placeholderLabel);
    // A long history and a long CPD list must not push the window taller than a laptop screen.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("personRecordScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createRecordPage());
    m_stack->addWidget(scroll);
    connectEditing();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

QWidget* PersonPanel::createRecordPage()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("personRecordWidget"));

    m_nameLabel = new QLabel(page);
    m_nameLabel->setObjectName(QStringLiteral("personNameLabel"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);

    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setObjectName(QStringLiteral("personSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);

    m_editDetailsButton = createButton(page, tr("Edit Details…"), QStringLiteral("editDetailsButton"));
    m_editDetailsButton->setToolTip(tr("Change this person's own details: names, contact, employment, status"));
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameLabel, 1);
    nameRow->addWidget(m_editDetailsButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(nameRow);
    layout->addWidget(m_summaryLabel);
    m_trainingNotice = new TrainingNotice(page);
    layout->addWidget(m_trainingNotice);
    layout->addSpacing(4);
    layout->addWidget(createEmploymentGroup());
    layout->addWidget(createStatusGroup());
    layout->addWidget(createPostsGroup());
    layout->addWidget(createQualificationsGroup());
    layout->addWidget(createCpdGroup(), 1);
    return page;
}

QGroupBox* PersonPanel::createEmploymentGroup()
{
    auto* group = new QGroupBox(tr("Employment"), this);
    group->setObjectName(QStringLiteral("employmentGroupBox"));
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    m_postValue = addField(left, group, tr("Current post:"), QStringLiteral("currentPostValueLabel"));
    m_schoolValue = addField(left, group, tr("School:"), QStringLiteral("schoolValueLabel"));
    m_gradeValue = addField(left, group, tr("Grade / pay:"), QStringLiteral("gradePayValueLabel"));
    m_fteValue = addField(left, group, tr("FTE:"), QStringLiteral("fteValueLabel"));
    m_contractValue = addField(right, group, tr("Contract:"), QStringLiteral("contractValueLabel"));
    m_startValue = addField(right, group, tr("Start date:"), QStringLiteral("startDateValueLabel"));
    m_lineManagerValue = addField(right, group, tr("Line manager:"), QStringLiteral("lineManagerValueLabel"));
    m_teamValue = addField(right, group, tr("Team:"), QStringLiteral("teamValueLabel"));
    addColumns(group, left, right);
    return group;
}

QGroupBox* PersonPanel::createStatusGroup()
{
    auto* group = new QGroupBox(tr("Professional status"), this);
    group->setObjectName(QStringLiteral("statusGroupBox"));
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    m_qtsValue = addField(left, group, tr("QTS:"), QStringLiteral("qtsValueLabel"));
    m_inductionValue = addField(left, group, tr("Induction:"), QStringLiteral("inductionValueLabel"));
    m_trnValue = addField(left, group, tr("TRN:"), QStringLiteral("trnValueLabel"));
    m_payrollValue = addField(right, group, tr("Payroll no.:"), QStringLiteral("payrollValueLabel"));
    m_emailValue = addField(right, group, tr("Email:"), QStringLiteral("emailValueLabel"));
    addColumns(group, left, right);
    return group;
}

void PersonPanel::addColumns(QGroupBox* group, QFormLayout* left, QFormLayout* right)
{
    // Two short columns read like a record card and leave the height to the tables below.
    for (QFormLayout* form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }
    auto* columns = new QHBoxLayout(group);
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);
}

QGroupBox* PersonPanel::createPostsGroup()
{
    m_postsGroup = new QGroupBox(tr("Posts"), this);
    m_postsGroup->setObjectName(QStringLiteral("postsGroupBox"));
    m_postsView = createTable(m_postsGroup, QStringLiteral("postsTableView"), tr("Posts held"));
    m_postsView->setModel(m_postModel);
    m_postsView->horizontalHeader()->setSectionResizeMode(static_cast<int>(PostTableModel::Column::Title),
                                                          QHeaderView::Stretch);
    m_addPostButton = createButton(m_postsGroup, tr("Add P&ost…"), QStringLiteral("addPostButton"));
    m_editPostButton = createButton(m_postsGroup, tr("Edit…"), QStringLiteral("editPostButton"));
    m_editPostButton->setAccessibleName(tr("Edit post"));
    m_endPostButton = createButton(m_postsGroup, tr("E&nd Post…"), QStringLiteral("endPostButton"));
    m_endPostButton->setToolTip(tr("Give the selected post an end date: they have left it"));
    m_removePostButton = createButton(m_postsGroup, tr("Remove"), QStringLiteral("removePostButton"));
    m_removePostButton->setAccessibleName(tr("Remove post"));
    m_removePostButton->setToolTip(tr("Remove a post recorded by mistake (to record leaving it, end it instead)"));
    auto* layout = new QVBoxLayout(m_postsGroup);
    layout->addWidget(m_postsView);
    layout->addLayout(buttonRow(m_postsView, {m_addPostButton, m_editPostButton, m_endPostButton, m_removePostButton},
                                {m_editPostButton, m_endPostButton, m_removePostButton}));
    return m_postsGroup;
}

QGroupBox* PersonPanel::createQualificationsGroup()
{
    m_qualificationsGroup = new QGroupBox(tr("Qualifications and programmes"), this);
    m_qualificationsGroup->setObjectName(QStringLiteral("qualificationsGroupBox"));
    m_qualificationsView = createTable(m_qualificationsGroup, QStringLiteral("qualificationsTableView"),
                                       tr("Qualifications and programmes"));
    m_qualificationsView->setModel(m_qualificationModel);
    m_qualificationsView->horizontalHeader()->setSectionResizeMode(
        static_cast<int>(QualificationTableModel::Column::Name), QHeaderView::Stretch);
    m_addQualificationButton =
        createButton(m_qualificationsGroup, tr("Add &Qualification…"), QStringLiteral("addQualificationButton"));
    m_editQualificationButton =
        createButton(m_qualificationsGroup, tr("Edit…"), QStringLiteral("editQualificationButton"));
    m_editQualificationButton->setAccessibleName(tr("Edit qualification"));
    m_removeQualificationButton =
        createButton(m_qualificationsGroup, tr("Remove"), QStringLiteral("removeQualificationButton"));
    m_removeQualificationButton->setAccessibleName(tr("Remove qualification"));
    auto* layout = new QVBoxLayout(m_qualificationsGroup);
    layout->addWidget(m_qualificationsView);
    layout->addLayout(buttonRow(m_qualificationsView,
                                {m_addQualificationButton, m_editQualificationButton, m_removeQualificationButton},
                                {m_editQualificationButton, m_removeQualificationButton}));
    return m_qualificationsGroup;
}

QGroupBox* PersonPanel::createCpdGroup()
{
    m_cpdGroup = new QGroupBox(tr("Professional development"), this);
    m_cpdGroup->setObjectName(QStringLiteral("cpdGroupBox"));
    m_cpdTotalsLabel = new QLabel(m_cpdGroup);
    m_cpdTotalsLabel->setObjectName(QStringLiteral("cpdTotalsLabel"));
    m_cpdTotalsLabel->setWordWrap(true);
    m_cpdView = createTable(m_cpdGroup, QStringLiteral("recentCpdTableView"), tr("Recent CPD"));
    m_cpdView->setModel(m_cpdModel);
    auto* cpdHeader = m_cpdView->horizontalHeader();
    cpdHeader->setSectionResizeMode(static_cast<int>(CpdRecordTableModel::Column::Title), QHeaderView::Stretch);
    // Activity types can be long ("Qualification programme"); the title matters more, the tooltip has the rest.
    cpdHeader->setSectionResizeMode(static_cast<int>(CpdRecordTableModel::Column::Type), QHeaderView::Interactive);
    cpdHeader->resizeSection(static_cast<int>(CpdRecordTableModel::Column::Type), 110);
    m_cpdTotalsLabel->setBuddy(m_cpdView);
    m_addCpdButton = createButton(m_cpdGroup, tr("&Add CPD…"), QStringLiteral("addCpdButton"));
    m_editCpdButton = createButton(m_cpdGroup, tr("Edit…"), QStringLiteral("editCpdButton"));
    m_editCpdButton->setAccessibleName(tr("Edit CPD record"));
    m_removeCpdButton = createButton(m_cpdGroup, tr("Remove"), QStringLiteral("removeCpdButton"));
    m_removeCpdButton->setAccessibleName(tr("Remove CPD record"));
    auto* layout = new QVBoxLayout(m_cpdGroup);
    layout->addWidget(m_cpdTotalsLabel);
    layout->addWidget(m_cpdView);
    layout->addLayout(buttonRow(m_cpdView, {m_addCpdButton, m_editCpdButton, m_removeCpdButton},
                                {m_editCpdButton, m_removeCpdButton}));
    return m_cpdGroup;
}

QLabel* PersonPanel::addField(QFormLayout* form, QWidget* parent, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(parent);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value); // QFormLayout makes the value the row label's buddy
    return value;
}

QTableView* PersonPanel::createTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QPushButton* PersonPanel::createButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QLayout* PersonPanel::buttonRow(QTableView* view, const QList<QPushButton*>& buttons,
                                const QList<QPushButton*>& needRow)
{
    auto* row = new QHBoxLayout;
    for (QPushButton* button : buttons) {
        row->addWidget(button);
    }
    row->addStretch(1);
    auto update = [view, needRow] {
        const bool selected = selectedRow(view) >= 0;
        for (QPushButton* button : needRow) {
            button->setEnabled(selected);
        }
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, view, update);
    connect(view->model(), &QAbstractItemModel::modelReset, view, update);
    update();
    return row;
}

int PersonPanel::selectedRow(const QTableView* view)
{
    const auto rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void PersonPanel::connectEditing()
{
    connect(m_editDetailsButton, &QPushButton::clicked, this, &PersonPanel::editDetailsRequested);

    auto post = [this]() -> const Post* { return m_postModel->post(selectedRow(m_postsView)); };
    connect(m_addPostButton, &QPushButton::clicked, this, &PersonPanel::addPostRequested);
    auto editPost = [this, post] {
        if (const Post* p = post()) {
            Q_EMIT editPostRequested(*p);
        }
    };
    connect(m_editPostButton, &QPushButton::clicked, this, editPost);
    connect(m_postsView, &QTableView::activated, this, editPost);
    connect(m_endPostButton, &QPushButton::clicked, this, [this, post] {
        if (const Post* p = post()) {
            Q_EMIT endPostRequested(*p);
        }
    });
    connect(m_removePostButton, &QPushButton::clicked, this, [this, post] {
        if (const Post* p = post()) {
            Q_EMIT removePostRequested(*p);
        }
    });

    auto qualification = [this] { return m_qualificationModel->qualification(selectedRow(m_qualificationsView)); };
    connect(m_addQualificationButton, &QPushButton::clicked, this, &PersonPanel::addQualificationRequested);
    auto editQualification = [this, qualification] {
        if (const auto* q = qualification()) {
            Q_EMIT editQualificationRequested(*q);
        }
    };
    connect(m_editQualificationButton, &QPushButton::clicked, this, editQualification);
    connect(m_qualificationsView, &QTableView::activated, this, editQualification);
    connect(m_removeQualificationButton, &QPushButton::clicked, this, [this, qualification] {
        if (const auto* q = qualification()) {
            Q_EMIT removeQualificationRequested(*q);
        }
    });

    auto cpd = [this] { return m_cpdModel->record(selectedRow(m_cpdView)); };
    connect(m_addCpdButton, &QPushButton::clicked, this, &PersonPanel::addCpdRequested);
    auto editCpd = [this, cpd] {
        if (const auto* r = cpd()) {
            Q_EMIT editCpdRequested(*r);
        }
    };
    connect(m_editCpdButton, &QPushButton::clicked, this, editCpd);
    connect(m_cpdView, &QTableView::activated, this, editCpd);
    connect(m_removeCpdButton, &QPushButton::clicked, this, [this, cpd] {
        if (const auto* r = cpd()) {
            Q_EMIT removeCpdRequested(*r);
        }
    });
}

void PersonPanel::fitHeightToRows(QTableView* view, int rows)
{
    // A short list should not leave a tall empty table; the CPD table below takes the space instead.
    const int height = view->horizontalHeader()->sizeHint().height() +
                       rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth() +
                       view->horizontalScrollBar()->sizeHint().height();
    view->setFixedHeight(height);
}

void PersonPanel::setValue(QLabel* label, const QString& value)
{
    label->setText(value.isEmpty() ? tr("Not recorded") : value);
    label->setEnabled(!value.isEmpty());
}

void PersonPanel::showRecord(const StaffRecord& record)
{
    const Staff& staff = record.staff;
    m_staffId = staff.id;
    m_trainingNotice->setWarnings({});
    const QString name = DisplayText::text(staff.displayName());
    m_nameLabel->setText(name);
    setAccessibleDescription(name);

    const Post* post = currentPost(record);
    const QString school = record.school ? DisplayText::text(record.school->name) : QString();
    QString postTitle;
    if (post) {
        postTitle = DisplayText::text(post->title);
        if (post->acting) {
            postTitle = tr("%1 (acting)").arg(postTitle);
        }
        if (post->slt) {
            postTitle = tr("%1, senior leadership team").arg(postTitle);
        }
    }
    QStringList summary;
    for (const QString& part : {post ? DisplayText::text(post->title) : QString(), school}) {
        if (!part.isEmpty()) {
            summary.append(part);
        }
    }
    m_summaryLabel->setText(summary.join(QStringLiteral(" · ")));

    setValue(m_postValue, postTitle);
    setValue(m_schoolValue, school);
    setValue(m_teamValue, DisplayText::text(staff.team));
    setValue(m_gradeValue, post ? DisplayText::gradeAndPay(post->grade, post->payPoint) : QString());
    setValue(m_fteValue, DisplayText::fte(staff.fte));
    setValue(m_contractValue, DisplayText::contractType(staff.contractType));
    QString start = DisplayText::date(staff.startDate);
    if (staff.leavingDate) {
        start = tr("%1 (leaving %2)").arg(start, DisplayText::date(staff.leavingDate));
    }
    setValue(m_startValue, start);
    setValue(m_lineManagerValue, DisplayText::text(record.lineManagerName));

    QString qts = DisplayText::yesNo(staff.qts);
    if (staff.qts && staff.qtsDate) {
        qts = tr("Yes, awarded %1").arg(DisplayText::date(staff.qtsDate));
    }
    setValue(m_qtsValue, qts);
    setValue(m_inductionValue, staff.inductionCompleted
                                   ? tr("Completed %1").arg(DisplayText::date(staff.inductionCompleted))
                                   : QString());
    setValue(m_trnValue, DisplayText::text(staff.trn));
    setValue(m_payrollValue, DisplayText::text(staff.payrollNumber));
    setValue(m_emailValue, DisplayText::text(staff.email));

    const int posts = static_cast<int>(record.posts.size());
    m_postsGroup->setTitle(tr("Posts (%1)").arg(posts));
    m_postModel->setPosts(record.posts);
    fitHeightToRows(m_postsView, std::clamp(posts, 1, 5));
    const bool notes =
        std::any_of(record.posts.begin(), record.posts.end(), [](const Post& p) { return p.acting || p.slt; });
    m_postsView->setColumnHidden(static_cast<int>(PostTableModel::Column::Notes), !notes);

    const int qualifications = static_cast<int>(record.qualifications.size());
    m_qualificationsGroup->setTitle(tr("Qualifications and programmes (%1)").arg(qualifications));
    m_qualificationModel->setQualifications(record.qualifications);
    fitHeightToRows(m_qualificationsView, std::clamp(qualifications, 2, 6));
    // A column nobody has filled in only takes room from the names.
    for (const auto column : {QualificationTableModel::Column::Started, QualificationTableModel::Column::Provider}) {
        m_qualificationsView->setColumnHidden(static_cast<int>(column), !m_qualificationModel->hasValues(column));
    }

    const CpdTotals& totals = record.cpdTotals;
    if (totals.count == 0) {
        m_cpdTotalsLabel->setText(tr("No CPD recorded yet."));
    } else {
        const QString money = DisplayText::money(totals.costPence);
        const QString hours = DisplayText::hours(totals.hours);
        m_cpdTotalsLabel->setText(
            tr("%n activities, %1 and %2 in total; the most recent %3 below.", nullptr, totals.count)
                .arg(hours, money)
                .arg(record.recentCpd.size()));
    }
    m_cpdModel->setRecords(record.recentCpd);

    m_stack->setCurrentIndex(1);
}

void PersonPanel::clear(const QString& message)
{
    m_staffId.reset();
    m_qualificationModel->setQualifications({});
    m_cpdModel->setRecords({});
    m_postModel->setPosts({});
    m_trainingNotice->setWarnings({});
    m_placeholderLabel->setText(message.isEmpty() ? tr("Select a member of staff to see their record.") : message);
    m_stack->setCurrentIndex(0);
}

void PersonPanel::setTrainingWarnings(const QStringList& warnings)
{
    m_trainingNotice->setWarnings(warnings);
}

QString PersonPanel::displayedName() const
{
    return m_staffId ? m_nameLabel->text() : QString();
}

} // namespace staffpath::app
