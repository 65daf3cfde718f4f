import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil
import "Numbers.js" as Numbers
import "Theme.js" as Theme

// One task: its state and why, the actions that apply to it, its chart over time, its
// batches at the provider's batch service, the attempt timeline and its steps with their
// outputs (selectable, copyable).
Pane {
    id: page

    property var detail: null
    readonly property int taskState: detail ? detail.state : Vigil.TaskState.Queued

    signal resumeRequested()
    signal retryNowRequested()
    signal pauseRequested()
    signal cancelRequested()
    signal switchModelRequested()
    // New spend caps for a task paused at its cap (0: no such cap); it goes on under them.
    signal raiseCapRequested(real maxCostUsd, real maxTokens)

    readonly property bool heldBySpendCap: detail !== null && detail.heldBySpendCap === true
    readonly property real taskOnView: detail ? detail.taskId : 0

    function newCostCap() {
        return detail.maxCostUsd > 0 ? Numbers.amountOf(newCost.text) : 0
    }
    function newTokenCap() {
        return detail.maxTokens > 0 ? Math.round(Numbers.amountOf(newTokens.text)) : 0
    }
    // Each cap the task has must go above what it spent, or the task would pause again.
    function capsRaised() {
        if (!heldBySpendCap)
            return false
        const cost = newCostCap(), tokens = newTokenCap()
        return !isNaN(cost) && !isNaN(tokens)
               && (detail.maxCostUsd <= 0 || cost > detail.spentUsd)
               && (detail.maxTokens <= 0 || tokens > detail.spentTokens)
    }
    // Twice the old caps, as a start.
    function suggestCaps() {
        if (!heldBySpendCap)
            return
        newCost.text = Number(Math.ceil(detail.maxCostUsd * 200) / 100).toLocaleString(Qt.locale(), "f", 2)
        newTokens.text = Number(detail.maxTokens * 2).toLocaleString(Qt.locale(), "f", 0)
    }

    onTaskOnViewChanged: suggestCaps()
    onHeldBySpendCapChanged: suggestCaps()

    padding: 12

    Label {
        anchors.centerIn: parent
        visible: !page.detail || page.detail.taskId <= 0
        text: qsTr("Select a task to see its steps and attempts.")
        opacity: 0.7
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.detail !== null && page.detail.taskId > 0
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            StateBadge {
                taskState: page.taskState
            }
            Label {
                Layout.fillWidth: true
                text: page.detail ? page.detail.name : ""
                font.bold: true
                font.pointSize: Qt.application.font.pointSize * 1.3 // qmllint disable type
                elide: Text.ElideRight
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.detail ? qsTr("%1 on %2 — %3").arg(page.detail.model).arg(page.detail.baseUrl)
                                .arg(page.detail.reason) : ""
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Button {
                text: qsTr("Retry now")
                visible: page.detail !== null && page.detail.canRetryNow
                onClicked: page.retryNowRequested()
            }
            Button {
                text: page.taskState === Vigil.TaskState.Failed ? qsTr("Retry after fixing") : qsTr("Resume")
                visible: page.detail !== null && page.detail.canResume
                onClicked: page.resumeRequested()
            }
            Button {
                text: qsTr("Switch model…")
                visible: page.detail !== null && page.detail.canChange
                onClicked: page.switchModelRequested()
            }
            Button {
                text: qsTr("Pause")
                visible: page.detail !== null && page.detail.canPause
                onClicked: page.pauseRequested()
            }
            Button {
                text: qsTr("Cancel")
                visible: page.detail !== null && page.detail.canChange
                onClicked: page.cancelRequested()
            }
            Button {
                text: qsTr("Copy for support")
                onClicked: page.detail.copySupportReport()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Copies the task and its attempts, without keys, for a support request")
            }
        }
        RowLayout {
            objectName: "spendCap"
            Layout.fillWidth: true
            visible: page.heldBySpendCap
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: !page.heldBySpendCap ? ""
                      : page.detail.maxCostUsd > 0
                        ? qsTr("Paused at its spend cap: $%1 of $%2 spent. New cap:")
                              .arg(Number(page.detail.spentUsd).toLocaleString(Qt.locale(), "f", 2))
                              .arg(Number(page.detail.maxCostUsd).toLocaleString(Qt.locale(), "f", 2))
                        : qsTr("Paused at its spend cap: %1 of %2 tokens used. New cap:")
                              .arg(Number(page.detail.spentTokens).toLocaleString(Qt.locale(), "f", 0))
                              .arg(Number(page.detail.maxTokens).toLocaleString(Qt.locale(), "f", 0))
            }
            TextField {
                id: newCost
                objectName: "newCostCap"
                visible: page.heldBySpendCap && page.detail.maxCostUsd > 0
                Layout.preferredWidth: 90
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("New cost cap in US dollars")
            }
            TextField {
                id: newTokens
                objectName: "newTokenCap"
                visible: page.heldBySpendCap && page.detail.maxTokens > 0
                Layout.preferredWidth: 110
                inputMethodHints: Qt.ImhDigitsOnly
                Accessible.name: qsTr("New token cap")
            }
            Button {
                objectName: "raiseCap"
                text: qsTr("Raise cap and resume")
                enabled: page.capsRaised()
                onClicked: page.raiseCapRequested(page.newCostCap(), page.newTokenCap())
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The new cap must be above what the task has spent")
            }
        }
        Label {
            text: qsTr("Over time")
            font.bold: true
            visible: chartLoader.active
        }
        // Loaded for a task that has sent something: the window starts without Qt Charts.
        Loader {
            id: chartLoader
            objectName: "activityChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 220
            active: page.detail !== null && !page.detail.activity.empty
            visible: active
            sourceComponent: ActivityChart {
                activity: page.detail.activity // qmllint disable unqualified
                dark: Theme.isDark(page.palette) // qmllint disable unqualified
            }
        }
        Label {
            objectName: "workers"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text.length > 0
            text: page.detail && page.detail.workers
                  ? qsTr("Run now by: %1").arg(page.detail.workers) : ""
        }
        ProviderBatchList {
            objectName: "providerBatches"
            Layout.fillWidth: true
            visible: batches.length > 0
            batches: page.detail && page.detail.providerBatches ? page.detail.providerBatches : []
        }
        Label {
            text: qsTr("Attempts")
            font.bold: true
        }
        AttemptTimeline {
            Layout.fillWidth: true
            attempts: page.detail ? page.detail.attempts : []
        }
        Label {
            text: qsTr("Steps")
            font.bold: true
        }
        ListView {
            id: steps
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: page.detail ? page.detail.steps : null
            ScrollBar.vertical: ScrollBar {}
            delegate: Frame {
                id: step
                required property int stepIndex
                required property string stepState
                required property string prompt
                required property string output
                required property string modelName
                required property string itemId
                required property int attempts
                required property string lastMessage
                width: ListView.view.width - 12

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        font.bold: true
                        elide: Text.ElideRight
                        text: (step.itemId.length > 0 ? qsTr("Item %1").arg(step.itemId)
                                                      : qsTr("Step %1").arg(step.stepIndex + 1))
                              + " · " + step.stepState + " · " + qsTr("%n attempt(s)", "", step.attempts)
                              + (step.modelName.length > 0 ? " · " + step.modelName : "")
                    }
                    Label {
                        Layout.fillWidth: true
                        text: step.prompt
                        elide: Text.ElideRight
                        maximumLineCount: 2
                        wrapMode: Text.Wrap
                        opacity: 0.75
                    }
                    TextArea {
                        Layout.fillWidth: true
                        visible: step.output.length > 0 || step.lastMessage.length > 0
                        text: step.output.length > 0 ? step.output : step.lastMessage
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        Accessible.name: qsTr("Output of step %1").arg(step.stepIndex + 1)
                    }
                }
            }
        }
    }
}
