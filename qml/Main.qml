import QtQuick
import QtQuick.Controls
import Vigil
import QtQuick.Dialogs
import QtQuick.Layouts

// The dashboard: every task with its state, progress, attempts and countdown; filters and
// search; the task on view with its timeline and steps; the backends cooling down; the
// actions of DESIGN §2 for one task or many.
ApplicationWindow {
    id: window

    property var selection: []
    property var currentTaskId: 0
    // Tasks the next confirmation, or the switch-model dialog, is about.
    property var pendingCancel: []
    property var switchTargets: []

    function isSelected(taskId) {
        return selection.indexOf(taskId) >= 0
    }
    function toggle(taskId) {
        selection = isSelected(taskId) ? selection.filter(id => id !== taskId)
                                       : selection.concat([taskId])
    }
    function targets() {
        return selection.length > 0 ? selection : (currentTaskId > 0 ? [currentTaskId] : [])
    }
    function openTask(taskId) {
        currentTaskId = taskId
        App.openTask(taskId)
        const row = App.tasks.rowOfTask(taskId)
        if (row >= 0)
            taskList.currentIndex = row
    }
    function askSwitchModel(ids) {
        switchTargets = ids
        switchDialog.open()
    }
    function askCancel(ids) {
        pendingCancel = ids
        cancelDialog.open()
    }
    function showAndRaise() {
        window.show()
        window.raise()
        window.requestActivate()
    }

    width: 1200
    height: 760
    minimumWidth: 800
    minimumHeight: 480
    title: App.allTasks.attentionCount > 0
           ? qsTr("Vigil — %n task(s) need you", "", App.allTasks.attentionCount) : qsTr("Vigil")

    onVisibleChanged: visible ? App.windowShown() : App.windowHidden()
    onClosing: close => {
        if (App.trayAvailable) {
            close.accepted = false
            window.hide()
            App.closedToTray()
        } else if (App.allTasks.runningCount + App.allTasks.retryingCount > 0) {
            close.accepted = false // without a tray, closing is quitting: ask first
            quitDialog.open()
        }
    }

    Binding {
        target: Clock
        property: "running"
        value: window.visible && (App.allTasks.retryingCount > 0 || App.backends.count > 0
                                  || App.allTasks.attentionCount > 0)
    }

    Connections {
        target: App
        function onTaskRequested(taskId) {
            window.showAndRaise()
            window.openTask(taskId)
        }
        function onAwayChanged() {
            if (App.away.length > 0)
                awayDialog.open()
        }
        function onModelsFetched(models, error) {
            if (settingsDialog.opened)
                settingsDialog.showTest(models, error)
            else if (composeDialog.opened)
                composeDialog.setModels(models)
            else
                switchDialog.setModels(models, error)
        }
        function onSwitchModelRequested(taskIds) {
            window.showAndRaise()
            window.askSwitchModel(taskIds)
        }
        function onShowRequested() {
            window.showAndRaise()
        }
        function onQuitRequested() {
            if (App.allTasks.runningCount + App.allTasks.retryingCount > 0) {
                window.showAndRaise()
                quitDialog.open()
            } else {
                App.quit()
            }
        }
    }

    Shortcut {
        sequence: StandardKey.Find // qmllint disable unqualified
        onActivated: search.forceActiveFocus()
    }
    Shortcut {
        sequence: StandardKey.Open // qmllint disable unqualified
        onActivated: fileDialog.open()
    }
    Shortcut {
        sequence: StandardKey.New // qmllint disable unqualified
        onActivated: composeDialog.open()
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: settingsDialog.open()
    }
    Shortcut {
        sequence: StandardKey.Quit // qmllint disable unqualified
        onActivated: App.requestQuit()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // In the content, not the header, so that Tab walks one chain: the toolbar, the
        // backends, the bulk actions, the list, the task page.
        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                spacing: 8

                ToolButton {
                    text: qsTr("Add task…")
                    ToolTip.text: "Ctrl+O"
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    onClicked: fileDialog.open()
                }
                ToolButton {
                    text: qsTr("New task…")
                    ToolTip.text: "Ctrl+N"
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    onClicked: composeDialog.open()
                }
                ToolButton {
                    text: qsTr("Settings…")
                    ToolTip.text: "Ctrl+,"
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    onClicked: settingsDialog.open()
                }
                ComboBox {
                    id: stateFilter
                    objectName: "stateFilter"
                    Accessible.name: qsTr("Show tasks in state")
                    textRole: "label"
                    valueRole: "value"
                    model: [{ label: qsTr("All states"), value: undefined }].concat(Legend.stateChoices()) // qmllint disable type
                    onActivated: App.tasks.stateFilter = currentValue
                }
                ComboBox {
                    id: classFilter
                    objectName: "classFilter"
                    Accessible.name: qsTr("Show tasks whose last error is")
                    textRole: "label"
                    valueRole: "value"
                    model: [{ label: qsTr("Any error"), value: undefined }].concat(Legend.failureChoices()) // qmllint disable type
                    onActivated: App.tasks.errorClassFilter = currentValue
                }
                TextField {
                    id: search
                    objectName: "search"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search names, models, errors (Ctrl+F)")
                    onTextChanged: App.tasks.searchText = text
                    Accessible.name: qsTr("Search")
                }
                Label {
                    text: qsTr("%1 running · %2 retrying · %3 need you").arg(App.allTasks.runningCount)
                          .arg(App.allTasks.retryingCount).arg(App.allTasks.attentionCount)
                }
            }
        }

        Frame {
            Layout.fillWidth: true
            visible: App.lastError.length > 0
            RowLayout {
                anchors.fill: parent
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: App.lastError
                    color: palette.brightText
                }
                Button {
                    text: qsTr("Dismiss")
                    onClicked: App.clearError()
                }
            }
            background: Rectangle {
                color: "#cf222e"
                radius: 4
            }
        }

        BackendsBar {
            Layout.fillWidth: true
            Layout.margins: 8
            backends: App.backends
            onProbeRequested: backend => App.probe(backend)
        }

        RowLayout {
            objectName: "bulkActions"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            visible: window.selection.length > 0
            spacing: 6
            Label {
                text: qsTr("%n selected", "", window.selection.length)
            }
            Button {
                text: qsTr("Resume")
                onClicked: App.resume(window.selection)
            }
            Button {
                text: qsTr("Retry now")
                onClicked: App.retryNow(window.selection)
            }
            Button {
                text: qsTr("Pause")
                onClicked: App.pause(window.selection)
            }
            Button {
                text: qsTr("Switch model…")
                onClicked: window.askSwitchModel(window.selection)
            }
            Button {
                text: qsTr("Cancel…")
                onClicked: window.askCancel(window.selection)
            }
            Button {
                text: qsTr("Clear selection")
                onClicked: window.selection = []
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: taskList
                objectName: "taskList"
                SplitView.preferredWidth: window.width * 0.55
                SplitView.minimumWidth: 420
                clip: true
                focus: true
                activeFocusOnTab: true
                keyNavigationEnabled: true
                model: App.tasks
                reuseItems: true
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Tasks")
                Keys.onSpacePressed: if (currentItem) window.toggle(App.tasks.taskIdAt(currentIndex))
                Keys.onReturnPressed: if (currentItem) window.openTask(App.tasks.taskIdAt(currentIndex))
                Keys.onDeletePressed: if (currentItem) window.askCancel([App.tasks.taskIdAt(currentIndex)])

                delegate: TaskRow {
                    id: task
                    selected: window.isSelected(task.taskId) // qmllint disable unqualified
                    current: task.taskId === window.currentTaskId // qmllint disable unqualified
                    onToggled: window.toggle(task.taskId) // qmllint disable unqualified
                    onOpened: window.openTask(task.taskId) // qmllint disable unqualified
                }

                Label {
                    anchors.centerIn: parent
                    visible: taskList.count === 0
                    text: App.allTasks.count === 0
                          ? qsTr("No tasks yet. Add a task file with Add task… (Ctrl+O).")
                          : qsTr("No task matches the filters.")
                    opacity: 0.7
                }
            }

            TaskDetailPage {
                SplitView.fillWidth: true
                detail: App.detail
                onResumeRequested: App.resume([App.detail.taskId]) // qmllint disable type
                onRetryNowRequested: App.retryNow([App.detail.taskId]) // qmllint disable type
                onPauseRequested: App.pause([App.detail.taskId]) // qmllint disable type
                onCancelRequested: window.askCancel([App.detail.taskId]) // qmllint disable type
                onSwitchModelRequested: window.askSwitchModel([App.detail.taskId]) // qmllint disable type
                onRaiseCapRequested: (cost, tokens) => App.setBudget(App.detail.taskId, cost, tokens) // qmllint disable type
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Add a task file")
        nameFilters: [qsTr("Task files (*.json)")]
        onAccepted: App.addTaskFile(selectedFile)
    }

    SwitchModelDialog {
        id: switchDialog
        anchors.centerIn: parent
        providers: App.providerNames()
        onAboutToShow: providers = App.providerNames()
        onModelsRequested: provider => App.fetchModels(window.switchTargets[0] || 0, provider)
        onSwitchRequested: (model, provider) => App.switchModel(window.switchTargets, model, provider)
    }

    ComposeDialog {
        id: composeDialog
        anchors.centerIn: parent
        onAboutToShow: providers = App.providerNames()
        onModelsRequested: provider => App.fetchModels(0, provider)
        onComposeRequested: task => setResult(App.composeTask(task))
    }

    SettingsDialog {
        id: settingsDialog
        anchors.centerIn: parent
        settings: App.settings
        onTestRequested: provider => App.fetchModels(0, provider)
    }

    AwayDialog {
        id: awayDialog
        anchors.centerIn: parent
        entries: App.away
        activity: App.awayActivity
        onTaskRequested: taskId => window.openTask(taskId)
        onClosed: App.dismissAway()
    }

    Dialog {
        id: cancelDialog
        anchors.centerIn: parent
        width: 440
        modal: true
        focus: true
        title: qsTr("Cancel %n task(s)?", "", window.pendingCancel.length)
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            text: qsTr("Attempts in flight are stopped. Completed steps and outputs are kept.")
            wrapMode: Text.Wrap
        }
        onAccepted: {
            App.cancel(window.pendingCancel)
            window.selection = []
        }
    }

    Dialog {
        id: quitDialog
        anchors.centerIn: parent
        width: 440
        modal: true
        focus: true
        title: qsTr("Quit Vigil?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            text: qsTr("%n task(s) are still working. They stop now and continue when Vigil starts again.",
                       "", App.allTasks.runningCount + App.allTasks.retryingCount)
            wrapMode: Text.Wrap
        }
        onAccepted: App.quit()
    }
}
